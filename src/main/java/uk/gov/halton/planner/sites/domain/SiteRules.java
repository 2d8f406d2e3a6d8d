package uk.gov.halton.planner.sites.domain;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.geo.Zones;

/** The checks every site position and zone passes, whether it comes from a file, an import or a form. */
public final class SiteRules {

    /** Centre of Halton, between Runcorn and Widnes. */
    public static final Point HALTON_CENTRE = BritishNationalGrid.pointBng(-2.70, 53.35);
    /** Data files may hold places around the borough, but nothing further than this from its centre. */
    public static final double SANE_DISTANCE_METRES = 50_000;
    /** A site a planner moves must stay within the borough or this close to its outline. */
    public static final double NEAR_BOROUGH_METRES = 3_000;

    public static final double NO_OUTLINE_DISTANCE_METRES = 20_000;
    /** A zone polygon is kept as GeoJSON text of at most this many characters (its column's size). */
    public static final int MAX_POLYGON_CHARACTERS = 200_000;

    private SiteRules() {}

    /** Null when every position of the WGS84 geometry is within a sane distance of Halton, else the reason. */
    public static String saneDistanceProblem(Geometry wgs84) {
        for (var c : wgs84.getCoordinates()) {
            double d = BritishNationalGrid.pointBng(c.x, c.y).distance(HALTON_CENTRE);
            if (d > SANE_DISTANCE_METRES) {
                return String.format(
                        "the position %.5f, %.5f is %.0f km from Halton (at most %.0f km allowed)",
                        c.y, c.x, d / 1000, SANE_DISTANCE_METRES / 1000);
            }
        }
        return null;
    }

    /** Null when a site at this WGS84 position is within the borough (BNG outline) or near it, else the reason. */
    public static String positionProblem(double longitude, double latitude, Geometry boroughBng) {
        if (!Double.isFinite(longitude) || !Double.isFinite(latitude)) {
            return "Enter a latitude and a longitude.";
        }
        Point p = BritishNationalGrid.pointBng(longitude, latitude);
        if (boroughBng != null) {
            double d = boroughBng.distance(p);
            return d <= NEAR_BOROUGH_METRES
                    ? null
                    : String.format(
                            "That position is %.1f km outside Halton; a site must be within %.0f km of the borough.",
                            d / 1000, NEAR_BOROUGH_METRES / 1000);
        }
        double d = p.distance(HALTON_CENTRE);
        return d <= NO_OUTLINE_DISTANCE_METRES
                ? null
                : String.format("That position is %.1f km from Halton's centre.", d / 1000);
    }

    /** Null when the radius is allowed, else the reason. */
    public static String radiusProblem(Integer radiusMetres) {
        if (radiusMetres == null || radiusMetres < Zones.MIN_RADIUS_METRES || radiusMetres > Zones.MAX_RADIUS_METRES) {
            return "A zone radius is " + Zones.MIN_RADIUS_METRES + " m to " + Zones.MAX_RADIUS_METRES / 1000
                    + " km, in whole metres.";
        }
        return null;
    }
}
