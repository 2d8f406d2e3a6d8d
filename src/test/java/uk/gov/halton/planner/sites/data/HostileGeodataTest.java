package uk.gov.halton.planner.sites.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Hostile geodata files (the borough, wards and receptors layers, and sites.geojson) as the start-up loader applies
 * them, each in its own transaction: a bad file is refused naming the file and the line or feature, and leaves the
 * layers and the register exactly as they were; markup is kept as text.
 */
@PlannerContextTest
class HostileGeodataTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.75,53.35],[-2.73,53.35],"
            + "[-2.73,53.36],[-2.75,53.36],[-2.75,53.35]]]}";

    @Autowired
    GeodataSet geodata;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SiteService sites;

    private static String ward(String id, String properties) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"id\":\"" + id + "\",\n"
                + "\"properties\":{" + properties + "},\n\"geometry\":" + SQUARE + "}]}";
    }

    private static String receptor(String id, String properties) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"" + id + "\","
                + "\"properties\":{" + properties
                + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-2.70,53.35]}}]}";
    }

    private String layers() {
        return sites.layerGeoJson("BOROUGH")
                + sites.layerGeoJson("WARD")
                + sites.layerGeoJson("RECEPTOR")
                + sites.sitesGeoJson();
    }

    private ReferenceDataException refused(String fileName, byte[] content) {
        String before = layers();
        ReferenceFile file = new ReferenceFile(fileName, "geodata/" + fileName, content);
        ReferenceDataException e = catchThrowableOfType(
                ReferenceDataException.class, () -> transactions.executeWithoutResult(s -> geodata.apply(file)));
        assertThat(e).as(fileName + " is refused").isNotNull();
        assertThat(e.file()).isEqualTo("geodata/" + fileName);
        assertThat(layers()).as("nothing from " + fileName + " is written").isEqualTo(before);
        return e;
    }

    private ReferenceDataException refused(String fileName, String content) {
        return refused(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLatin1OrUtf16FileIsRefusedWithTheLineAndTheLayersAreKept() {
        ReferenceDataException latin1 = refused(
                "wards.geojson",
                ward("bow", "\"name\":\"Bow Caf\u00e9\",\"town\":\"Widnes\"").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.record()).isEqualTo("line 3");
        assertThat(latin1.problem()).contains("0xE9").contains("not UTF-8");
        assertThat(refused(
                                "receptors.geojson",
                                receptor("r", "\"name\":\"R\",\"category\":\"school\"")
                                        .getBytes(StandardCharsets.UTF_16))
                        .problem())
                .contains("UTF-16");
    }

    @Test
    void textThatDoesNotFitOrCannotBeStoredIsRefusedNamingTheFeatureAndProperty() {
        ReferenceDataException longName =
                refused("wards.geojson", ward("bow", "\"name\":\"" + "W".repeat(201) + "\",\"town\":\"Widnes\""));
        assertThat(longName.record()).isEqualTo("feature 1 (id \"bow\")");
        assertThat(longName.problem()).isEqualTo("the property \"name\" has 201 characters (at most 200)");
        assertThat(refused("receptors.geojson", receptor("r", "\"name\":\"R\",\"category\":\"" + "c".repeat(41) + "\""))
                        .problem())
                .contains("\"category\" has 41 characters");
        assertThat(refused("receptors.geojson", receptor("r", "\"name\":\"R\\u0000\",\"category\":\"school\""))
                        .problem())
                .contains("\"name\" contains a control character (U+0000)");
        assertThat(refused(
                                "receptors.geojson",
                                receptor("r", "\"name\":\"R\",\"category\":\"school\",\"note\":[\"<b>\"]"))
                        .problem())
                .isEqualTo("the property \"note\" must be text");
        assertThat(refused("wards.geojson", ward("w".repeat(81), "\"name\":\"W\",\"town\":\"Widnes\""))
                        .problem())
                .contains("the id has 81 characters");
        assertThat(refused("borough.geojson", ward("halton", "\"name\":42")).problem())
                .contains("\"name\" is required (text)");
        assertThat(refused(
                                "sites.geojson",
                                receptor(
                                        "new-site",
                                        "\"name\":\"" + "S".repeat(201) + "\",\"operator\":\"Op\","
                                                + "\"address\":\"A\",\"town\":\"Widnes\",\"tier\":\"upper\",\"planId\":\"univar-widnes\",\"planTitle\":\"T\","
                                                + "\"pizRadiusMetres\":1000,\"positionApproximate\":true"))
                        .problem())
                .contains("\"name\" has 201 characters (at most 200)");
    }

    @Test
    void truncatedAndHugeFilesAreRefused() {
        String whole = ward("bow", "\"name\":\"Bow\",\"town\":\"Widnes\"");
        assertThat(refused("wards.geojson", whole.substring(0, whole.length() - 3))
                        .problem())
                .contains("not valid JSON");
        assertThat(refused("wards.geojson", "").problem()).contains("FeatureCollection");
        // A ward drawn with 60,000 points: more GeoJSON than a layer's geometry may hold.
        StringBuilder ring = new StringBuilder("[[");
        for (int i = 0; i < 60_000; i++) {
            double angle = 2 * Math.PI * i / 60_000;
            ring.append(String.format(
                    java.util.Locale.ROOT,
                    "[%.6f,%.6f],",
                    -2.74 + 0.01 * Math.cos(angle),
                    53.355 + 0.01 * Math.sin(angle)));
        }
        ring.append("[-2.730000,53.355000]]]");
        String detailed = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"bow\","
                + "\"properties\":{\"name\":\"Bow\",\"town\":\"Widnes\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + ring + "}}]}";
        assertThat(refused("wards.geojson", detailed).problem()).contains("too detailed");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndMarkupInALayerStaysText() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        file.writeBytes(
                receptor("markup-school", "\"name\":\"<script>alert(1)</script> School\",\"category\":\"school\"")
                        .getBytes(StandardCharsets.UTF_8));
        transactions.executeWithoutResult(status -> {
            geodata.apply(new ReferenceFile("receptors.geojson", "geodata/receptors.geojson", file.toByteArray()));
            assertThat(GeoJson.read(sites.layerGeoJson("RECEPTOR")))
                    .singleElement()
                    .satisfies(f -> assertThat(f.text("name")).isEqualTo("<script>alert(1)</script> School"));
            status.setRollbackOnly();
        });
        assertThat(GeoJson.read(sites.layerGeoJson("RECEPTOR"))).hasSizeGreaterThan(1);
    }
}
