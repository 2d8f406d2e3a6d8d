package uk.gov.halton.planner.sites;

import java.util.List;
import java.util.Map;

/**
 * What lies in a site's public information zone: receptors by category (names), the wards it reaches (who gets the
 * PIZ letter), other sites whose zones overlap it (domino candidates) and the nearest other site.
 */
public record ZoneReport(
        Map<String, List<String>> receptorsByCategory,
        List<String> wards,
        List<SiteSummary> overlapping,
        SiteSummary nearest,
        double nearestDistanceMetres) {

    public int receptorCount() {
        return receptorsByCategory.values().stream().mapToInt(List::size).sum();
    }
}
