package uk.gov.halton.planner.geo;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isInstanceOfSatisfying(GeoJsonException.class, e -> assertThat(e.problems())
                        .extracting(GeoJsonException.Problem::toString)
                        .containsExactly(
                                "feature 1: has no \"id\"",
                                "feature 2 (id \"bowtie\"): invalid geometry: Self-intersection near 0.5, 0.5",
                                "feature 3 (id \"far\"): the position 200.0, 53.0 is not a longitude and latitude",
                                "feature 5 (id \"ok\"): the id \"ok\" is used twice"));
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> GeoJson.read("{\"type\": \"FeatureCollection\",\n \"features\": [ }"))
                .isInstanceOf(GeoJsonException.class).hasMessageContaining("not valid JSON (line 2");
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
