package uk.gov.halton.planner.sites;

import java.util.List;

/**
 * Everything the register knows about one site, with what lies in its zone; {@code rowVersion} is the record's
 * version, which an edit passes back to say which version it was made from.
 */
public record SiteDetail(
        SiteSummary summary,
        String tier,
        double longitude,
        double latitude,
        double easting,
        double northing,
        String positionNote,
        Integer zoneRadiusMetres,
        boolean zoneIsPolygon,
        boolean zoneIndicative,
        String newlyTopTierNote,
        String hazards,
        String note,
        String sources,
        List<OperatorEntry> operatorHistory,
        ZoneReport zone,
        long rowVersion,
        String zonePolygon,
        PositionConfirmation confirmation) {

    /** Who confirmed the position (their name then), when, and from what source; null while unconfirmed. */
    public record PositionConfirmation(String by, java.time.Instant at, String source) {}

    /** A former or recorded alternative operator. */
    public record OperatorEntry(String name, String until, String note) {}
}
