package uk.gov.halton.planner.sites;

/** A COMAH establishment as other modules see it. */
public record SiteSummary(String id, String name, String operator, String address, String town, String planId,
                          String planTitle, boolean newlyTopTier, boolean positionApproximate) {
}
