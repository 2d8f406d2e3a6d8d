package uk.gov.halton.planner.sites;

/**
 * Everything the site editor saves at once. The position is WGS84 (the editor keeps latitude/longitude and
 * easting/northing in step); a blank polygon means the zone is the radius; a blank operator keeps the operator;
 * {@code confirmPosition} records that the position was checked against {@code confirmationSource}.
 */
public record SiteEdit(Double longitude, Double latitude, Integer zoneRadiusMetres, String zonePolygon,
                       String newOperator, String operatorNote, String name, String address, String tier,
                       boolean confirmPosition, String confirmationSource) {
}
