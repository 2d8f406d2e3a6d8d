package uk.gov.halton.planner.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 longitude/latitude (EPSG:4326) to and from British National Grid easting/northing (EPSG:27700).
 * Proj4J applies the published seven-parameter Helmert shift, good to a few metres across Great Britain: ample
 * for public information zones, not for surveying. Proj4J transforms keep state, so each thread has its own.
 */
public final class BritishNationalGrid {

    public static final int WGS84_SRID = 4326;
    public static final int BNG_SRID = 27700;
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), WGS84_SRID);
    public static final GeometryFactory BNG = new GeometryFactory(new PrecisionModel(), BNG_SRID);

    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem WGS84_CRS = CRS.createFromName("EPSG:4326");
    private static final CoordinateReferenceSystem BNG_CRS = CRS.createFromName("EPSG:27700");
    private static final ThreadLocal<CoordinateTransform> TO_BNG =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(WGS84_CRS, BNG_CRS));
    private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
            ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(BNG_CRS, WGS84_CRS));

    private BritishNationalGrid() {}

    /** Easting (x) and northing (y) in metres for a longitude and latitude in degrees. */
    public static Coordinate toBng(double longitude, double latitude) {
        ProjCoordinate out = TO_BNG.get().transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    /** Longitude (x) and latitude (y) in degrees for an easting and northing in metres. */
    public static Coordinate toWgs84(double easting, double northing) {
        ProjCoordinate out = TO_WGS84.get().transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new Coordinate(out.x, out.y);
    }

    public static Point pointBng(double longitude, double latitude) {
        return BNG.createPoint(toBng(longitude, latitude));
    }

    /** A copy of a WGS84 geometry in British National Grid. */
    public static Geometry toBng(Geometry wgs84) {
        return transform(wgs84, BNG, true);
    }

    /** A copy of a British National Grid geometry in WGS84. */
    public static Geometry toWgs84(Geometry bng) {
        return transform(bng, WGS84, false);
    }

    private static Geometry transform(Geometry source, GeometryFactory target, boolean toBng) {
        Geometry copy = target.createGeometry(source);
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = toBng ? toBng(seq.getX(i), seq.getY(i)) : toWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, c.x);
                seq.setOrdinate(i, 1, c.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(target.getSRID());
        return copy;
    }
}
