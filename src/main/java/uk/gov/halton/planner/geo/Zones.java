package uk.gov.halton.planner.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Public information zones as polygons in British National Grid. */
public final class Zones {

    public static final int MIN_RADIUS_METRES = 100;
    public static final int MAX_RADIUS_METRES = 10_000;
    /** 64 segments per quarter circle keep every edge within 8 cm of the true circle at 1 km, 75 cm at 10 km. */
    private static final int QUADRANT_SEGMENTS = 64;

    private Zones() {}

    /** A circle of the given radius (metres) around a point in British National Grid. */
    public static Polygon circle(Point centreBng, double radiusMetres) {
        if (radiusMetres <= 0) {
            throw new IllegalArgumentException("A zone radius must be positive");
        }
        return (Polygon) centreBng.buffer(radiusMetres, QUADRANT_SEGMENTS);
    }

    /** A site's zone: its own polygon (WGS84) when it has one, otherwise a circle of its radius around it. */
    public static Geometry zone(Point siteBng, Integer radiusMetres, Geometry polygonWgs84) {
        if (polygonWgs84 != null) {
            return BritishNationalGrid.toBng(polygonWgs84);
        }
        if (radiusMetres == null) {
            throw new IllegalArgumentException("A zone needs a radius or a polygon");
        }
        return circle(siteBng, radiusMetres);
    }
}
