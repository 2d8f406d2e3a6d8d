package uk.gov.halton.planner.sites;

import java.util.Set;

/**
 * A site was added to the register, renamed, moved, given another zone or put under another plan: by a planner's
 * edit, a planner's GeoJSON import or the geodata loaded at start-up. Published inside the change's transaction,
 * so that listeners (the plans module) follow it at once and with the change. {@code previousPlanId} is the plan
 * before the change (null for a new site).
 */
public record SiteChanged(String siteId, String planId, String previousPlanId, String name, Set<Change> changes) {

    public SiteChanged {
        changes = Set.copyOf(changes);
    }

    public enum Change {
        ADDED,
        RENAMED,
        MOVED,
        ZONE,
        REPLANNED
    }

    public boolean has(Change change) {
        return changes.contains(change);
    }
}
