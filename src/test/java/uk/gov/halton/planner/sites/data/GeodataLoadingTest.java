package uk.gov.halton.planner.sites.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.sites.SiteService;

/** A bad geodata file stops the load with the file, the feature and the reason, and writes nothing. */
@PlannerContextTest
@SuppressWarnings("unchecked")
class GeodataLoadingTest {

    @Autowired
    GeodataSet geodata;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SiteService sites;

    private static final String GOOD_PROPERTIES = """
            "name":"Test","operator":"Op","address":"A","town":"Widnes","tier":"upper","planId":"t",
            "planTitle":"T","pizRadiusMetres":1000,"positionApproximate":true""";

    private ReferenceDataException rejected(String fileName, String content) {
        ReferenceFile file =
                new ReferenceFile(fileName, "geodata/" + fileName, content.getBytes(StandardCharsets.UTF_8));
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                ReferenceDataException.class, () -> transactions.executeWithoutResult(s -> geodata.apply(file)));
        assertThat(thrown).as("the file is rejected").isNotNull();
        assertThat(thrown.file()).isEqualTo("geodata/" + fileName);
        return thrown;
    }

    private static String sites(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String site(String id, double lon, double lat, String properties) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon
                + "," + lat + "]},\"properties\":{" + properties + "}}";
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThat(rejected("sites.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{]}")
                        .problem())
                .contains("not valid JSON (line 2");
    }

    @Test
    void aFeatureFarFromHaltonIsNamed() {
        ReferenceDataException e = rejected(
                "sites.geojson",
                sites(site("fine", -2.70, 53.35, GOOD_PROPERTIES), site("in-london", -0.12, 51.5, GOOD_PROPERTIES)));
        assertThat(e.record()).isEqualTo("feature 2 (id \"in-london\")");
        assertThat(e.problem()).contains("km from Halton");
        assertThat(sites.find("fine")).as("nothing from the file is written").isEmpty();
    }

    @Test
    void aMissingPropertyOrBadRadiusIsNamed() {
        assertThat(rejected(
                                "sites.geojson",
                                sites(site("xy", -2.7, 53.35, GOOD_PROPERTIES.replace("\"name\":\"Test\",", ""))))
                        .problem())
                .contains("\"name\" is required");
        assertThat(rejected("sites.geojson", sites(site("xy", -2.7, 53.35, GOOD_PROPERTIES.replace("1000", "50"))))
                        .problem())
                .contains("pizRadiusMetres");
    }

    @Test
    void anInvalidWardShapeIsNamed() {
        ReferenceDataException e = rejected("wards.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"bow","properties":{"name":"Bow","town":"Widnes"},
                 "geometry":{"type":"Polygon","coordinates":[[[-2.70,53.35],[-2.69,53.36],[-2.69,53.35],[-2.70,53.36],[-2.70,53.35]]]}}]}""");
        assertThat(e.record()).isEqualTo("feature 1 (id \"bow\")");
        assertThat(e.problem()).contains("Self-intersection");
    }

    @Test
    void aReceptorMustBeAPointAndUnknownFilesAreRefused() {
        assertThat(rejected("receptors.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"r","properties":{"name":"R","category":"school"},
                 "geometry":{"type":"Polygon","coordinates":[[[-2.70,53.35],[-2.69,53.35],[-2.69,53.36],[-2.70,53.35]]]}}]}""").problem()).contains("must be a Point");
        assertThat(rejected("rivers.geojson", sites()).problem()).contains("unknown geodata file");
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(username = "planner", roles = "PLANNER")
    void aChangedSitesFileUpdatesWhatItDescribesButKeepsAPlannersMove() throws Exception {
        sites.moveTo("packed-chlorine-runcorn", version("packed-chlorine-runcorn"), -2.7452, 53.3233);
        String shipped = new String(
                new org.springframework.core.io.ClassPathResource("geodata/sites.geojson")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        var root = (java.util.Map<String, Object>) uk.gov.halton.planner.geo.GeoJson.parseObject(shipped);
        for (Object f : (java.util.List<?>) root.get("features")) {
            var feature = (java.util.Map<String, Object>) f;
            if ("packed-chlorine-runcorn".equals(feature.get("id"))) {
                ((java.util.Map<String, Object>) feature.get("properties")).put("hazards", "Chlorine (updated file)");
                ((java.util.Map<String, Object>) feature.get("geometry"))
                        .put("coordinates", java.util.List.of(-2.746, 53.322));
            }
        }
        String changed =
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(root);
        transactions.executeWithoutResult(t -> geodata.apply(
                new ReferenceFile("sites.geojson", "geodata/sites.geojson", changed.getBytes(StandardCharsets.UTF_8))));

        var site = sites.detail("packed-chlorine-runcorn").orElseThrow();
        assertThat(site.hazards()).isEqualTo("Chlorine (updated file)");
        assertThat(site.latitude()).as("the planner's position is kept").isEqualTo(53.3233);
        transactions.executeWithoutResult(t -> geodata.apply(
                new ReferenceFile("sites.geojson", "geodata/sites.geojson", shipped.getBytes(StandardCharsets.UTF_8))));
    }

    /** The version of the site as a form would open it now. */
    private long version(String id) {
        return sites.detail(id).orElseThrow().rowVersion();
    }
}
