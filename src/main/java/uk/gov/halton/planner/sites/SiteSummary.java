package uk.gov.halton.planner.sites;

/**
 * A COMAH establishment as other modules see it. {@code positionConfirmed}: a planner confirmed its position (who,
 * when and from what source are on the site's detail); a position neither approximate nor confirmed is as imported.
 */
public record SiteSummary(
        String id,
        String name,
        String operator,
        String address,
        String town,
        String planId,
        String planTitle,
        boolean newlyTopTier,
        boolean positionApproximate,
        boolean positionConfirmed) {}
