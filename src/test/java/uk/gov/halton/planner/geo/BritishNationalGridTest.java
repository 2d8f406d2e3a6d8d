package uk.gov.halton.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class BritishNationalGridTest {

    /**
     * Ordnance Survey's worked example of the National Grid projection ("A guide to coordinate systems in Great
     * Britain", annex C): OSGB36 52°39'27.2531"N 1°43'4.5177"E is E 651409.903, N 313177.270.
     */
    @Test
    void theProjectionMatchesOrdnanceSurveysWorkedExampleToTheCentimetre() {
        var crs = new CRSFactory();
        var transform = new CoordinateTransformFactory()
                .createTransform(crs.createFromName("EPSG:4277"), crs.createFromName("EPSG:27700"));
        double lat = 52 + 39 / 60.0 + 27.2531 / 3600;
        double lon = 1 + 43 / 60.0 + 4.5177 / 3600;
        ProjCoordinate grid = transform.transform(new ProjCoordinate(lon, lat), new ProjCoordinate());
        assertThat(grid.x).isCloseTo(651409.903, within(0.01));
        assertThat(grid.y).isCloseTo(313177.270, within(0.01));
    }

    /** Widnes town centre, cross-checked with the proj4 JavaScript library's EPSG:27700 definition. */
    @Test
    void wgs84ToTheGridAgreesWithAnIndependentImplementationToAMetre() {
        Coordinate grid = BritishNationalGrid.toBng(-2.7336, 53.3636);
        assertThat(grid.x).isCloseTo(351278.75, within(1.0));
        assertThat(grid.y).isCloseTo(385442.98, within(1.0));
    }

    @Test
    void theRoundTripComesBackWithinACentimetre() {
        Coordinate grid = BritishNationalGrid.toBng(-2.745, 53.326);
        Coordinate back = BritishNationalGrid.toWgs84(grid.x, grid.y);
        assertThat(back.x).isCloseTo(-2.745, within(1e-7));
        assertThat(back.y).isCloseTo(53.326, within(1e-7));
    }

    @Test
    void distancesAreInMetresOnTheGrid() {
        Point hospital = BritishNationalGrid.pointBng(-2.696, 53.327);
        Point westonPoint = BritishNationalGrid.pointBng(-2.745, 53.326);
        // About 0.049 degrees of longitude at 53.3 N: some 3.26 km.
        assertThat(hospital.distance(westonPoint)).isBetween(3200.0, 3320.0);
        assertThat(hospital.getSRID()).isEqualTo(BritishNationalGrid.BNG_SRID);
    }

    @Test
    void aZoneCircleHasTheAreaOfItsRadius() {
        Point centre = BritishNationalGrid.pointBng(-2.745, 53.326);
        double area = Zones.circle(centre, 1000).getArea();
        // The polygon falls short of the circle by about (2 pi / 256)^2 / 6, some 0.01 %.
        assertThat(area).isCloseTo(Math.PI * 1_000_000, within(400.0));
        assertThat(BritishNationalGrid.toWgs84(Zones.circle(centre, 1000)).getSRID())
                .isEqualTo(BritishNationalGrid.WGS84_SRID);
    }
}
