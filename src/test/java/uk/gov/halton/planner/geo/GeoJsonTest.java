package uk.gov.halton.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

class GeoJsonTest {

    @Test
    void readsFeaturesWithIdsGeometriesAndProperties() {
        List<Feature> features = GeoJson.read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[-2.745,53.326]},
                  "properties":{"name":"Site A","pizRadiusMetres":1000}}]}""");
        assertThat(features).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("a");
            assertThat(f.geometry().getCoordinate().y).isEqualTo(53.326);
            assertThat(f.text("name")).isEqualTo("Site A");
            assertThat(f.properties().get("pizRadiusMetres")).isEqualTo(1000);
        });
    }

    @Test
    void everyBadFeatureIsReportedWithItsNumberAndReason() {
        assertThatThrownBy(() -> GeoJson.read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[-2.7,53.3]},"properties":{}},
                 {"type":"Feature","id":"bowtie","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
                 {"type":"Feature","id":"far","geometry":{"type":"Point","coordinates":[200,53]}},
                 {"type":"Feature","id":"ok","geometry":{"type":"Point","coordinates":[-2.7,53.3]}},
                 {"type":"Feature","id":"ok","geometry":{"type":"Point","coordinates":[-2.7,53.3]}}]}"""))
                .isInstanceOfSatisfying(
                        GeoJsonException.class,
                        e -> assertThat(e.problems())
                                .extracting(GeoJsonException.Problem::toString)
                                .containsExactly(
                                        "feature 1: has no \"id\"",
                                        "feature 2 (id \"bowtie\"): invalid geometry: Self-intersection near 0.5, 0.5",
                                        "feature 3 (id \"far\"): the position 200.0, 53.0 is not a longitude and latitude",
                                        "feature 5 (id \"ok\"): the id \"ok\" is used twice"));
    }

    @Test
    void aCrsNamingBritishNationalGridIsReadAsEastingsAndNorthingsAndAnyOtherIsRefused() {
        for (String name :
                new String[] {"EPSG:27700", "urn:ogc:def:crs:EPSG::27700", "http://www.opengis.net/def/crs/EPSG/0/27700"
                }) {
            Feature f = GeoJson.read(crs(name, "[351278.75,385442.98]")).getFirst();
            assertThat(f.geometry().getCoordinate().x).as(name).isCloseTo(-2.7336, within(1e-5));
            assertThat(f.geometry().getCoordinate().y).as(name).isCloseTo(53.3636, within(1e-5));
            assertThat(f.geometry().getSRID()).isEqualTo(BritishNationalGrid.WGS84_SRID);
        }
        for (String name : new String[] {"urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"}) {
            assertThat(GeoJson.read(crs(name, "[-2.7336,53.3636]"))
                            .getFirst()
                            .geometry()
                            .getCoordinate()
                            .x)
                    .isEqualTo(-2.7336);
        }
        assertThatThrownBy(() -> GeoJson.read(crs("EPSG:3857", "[-2.7,53.3]")))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("the \"crs\" member names \"EPSG:3857\", which this application cannot read");
        assertThatThrownBy(() -> GeoJson.read("""
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"a",
                 "geometry":{"type":"Point","coordinates":[351278,385442],
                  "crs":{"type":"name","properties":{"name":"EPSG:27700"}}}}]}"""))
                .hasMessageContaining("a \"crs\" member is read only at the top of the file");
    }

    private static String crs(String name, String point) {
        return "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + name
                + "\"}},\"features\":[{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":" + point + "}}]}";
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> GeoJson.read("{\"type\": \"FeatureCollection\",\n \"features\": [ }"))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("not valid JSON (line 2");
        assertThatThrownBy(() -> GeoJson.read("[]")).hasMessageContaining("expected a GeoJSON FeatureCollection");
    }

    @Test
    void writesWhatGdalReadsNoCrsAndCounterClockwiseRings() {
        var zone = BritishNationalGrid.toWgs84(Zones.circle(BritishNationalGrid.pointBng(-2.745, 53.326), 1000));
        String json = GeoJson.write(List.of(new Feature("runcorn", zone, Map.of("name", "Runcorn <Site>"))));

        assertThat(json).doesNotContain("crs").doesNotContain("EPSG").contains("\"name\":\"Runcorn <Site>\"");
        Polygon back = (Polygon) GeoJson.read(json).getFirst().geometry();
        assertThat(Orientation.isCCW(back.getExteriorRing().getCoordinates())).isTrue();
    }
}
