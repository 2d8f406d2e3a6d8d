package uk.gov.halton.planner.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;

/**
 * Hostile input at the site register: the GeoJSON import (as uploaded bytes and as text) and the site editing forms.
 * Each file or value is refused with a message naming the file and line, or the feature and property, or the field,
 * and leaves the register exactly as it was; or it is stored as plain text that stays text in every export.
 * Tests that store something run in a transaction that is rolled back, so that no other test sees their sites.
 */
@PlannerContextTest
@WithUserDetails("planner")
class HostileSitesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKUP = "<img src=x onerror=alert(1)><script>alert('x')</script>";

    @Autowired
    SiteService sites;

    private static Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Hostile Test Works");
        p.put("operator", "Op Ltd");
        p.put("address", "1 Dock Road, Widnes");
        p.put("town", "Widnes");
        p.put("tier", "upper");
        p.put("planId", "univar-widnes");
        p.put("planTitle", "Univar Widnes off-site emergency plan");
        p.put("pizRadiusMetres", 1000);
        p.put("positionApproximate", true);
        return p;
    }

    private static Map<String, Object> feature(String id, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(-2.70, 53.35)));
        f.put("properties", properties);
        return f;
    }

    @SafeVarargs
    private static String collection(Map<String, Object>... features) {
        return JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", List.of(features)));
    }

    private static String withProperty(String id, String name, Object value) {
        Map<String, Object> p = properties();
        p.put(name, value);
        return collection(feature(id, p));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Everything the register holds, as the GIS export and the CSV give it: a refused import must not change it. */
    private String register() {
        return sites.sitesGeoJson() + "\n" + sites.zonesGeoJson() + "\n" + sites.sitesCsv();
    }

    private void refusedAndNothingChanged(
            Runnable importer, Class<? extends RuntimeException> type, String... messages) {
        String before = register();
        assertThatThrownBy(importer::run).isInstanceOf(type).hasMessageContainingAll(messages);
        assertThat(register()).isEqualTo(before);
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    // ---- the upload: encodings, size, truncation

    @Test
    void anUploadInAnotherEncodingIsRefusedWithTheFileAndLineAndChangesNothing() {
        String json = "{\"type\":\"FeatureCollection\",\n\"features\":[\n"
                + JSON.writeValueAsString(feature("latin1-site", properties()))
                        .replace("Hostile Test Works", "Caf\u00e9")
                + "]}";
        byte[] latin1 = json.getBytes(StandardCharsets.ISO_8859_1);
        refusedAndNothingChanged(
                () -> sites.importGeoJson("sites-latin1.geojson", latin1),
                InvalidInputException.class,
                "sites-latin1.geojson, line 3",
                "0xE9",
                "not UTF-8");
        refusedAndNothingChanged(
                () -> sites.importGeoJson("sites-utf16.geojson", json.getBytes(StandardCharsets.UTF_16)),
                InvalidInputException.class,
                "sites-utf16.geojson, line 1",
                "UTF-16");
        refusedAndNothingChanged(
                () -> sites.importGeoJson("sites-utf16le.geojson", json.getBytes(StandardCharsets.UTF_16LE)),
                InvalidInputException.class,
                "sites-utf16le.geojson, line 1",
                "NUL");
        assertThat(sites.find("latin1-site")).isEmpty();
    }

    @Test
    @Transactional
    void aUtf8FileWithAByteOrderMarkIsImportedExactly() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = concat(
                bom, withProperty("bom-site", "name", "Café Ünïcode Works ✓").getBytes(StandardCharsets.UTF_8));
        assertThat(sites.importGeoJson("bom.geojson", file).added()).isEqualTo(1);
        assertThat(sites.find("bom-site").orElseThrow().name()).isEqualTo("Café Ünïcode Works ✓");
    }

    @Test
    void anUploadOverFiveMegabytesOrEmptyIsRefusedWithTheFileNamed() {
        byte[] padding = " ".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] huge = concat(padding, withProperty("huge-site", "name", "Huge").getBytes(StandardCharsets.UTF_8));
        refusedAndNothingChanged(
                () -> sites.importGeoJson("huge.geojson", huge),
                InvalidInputException.class,
                "huge.geojson is 5.0 MB",
                "at most 5 MB");
        refusedAndNothingChanged(
                () -> sites.importGeoJson("empty.geojson", new byte[0]),
                InvalidInputException.class,
                "empty.geojson is empty");
        assertThat(sites.find("huge-site")).isEmpty();
    }

    @Test
    void truncatedAndMalformedFilesAreRefusedAndChangeNothing() {
        String whole = withProperty("truncated-site", "name", "Truncated");
        for (int cut : new int[] {1, 20, whole.indexOf("properties"), whole.length() - 2}) {
            refusedAndNothingChanged(
                    () -> sites.importGeoJson(whole.substring(0, cut)),
                    GeoJsonException.class,
                    "not valid JSON (line 1");
        }
        refusedAndNothingChanged(
                () -> sites.importGeoJson("PK\u0003\u0004 this is a zip"), GeoJsonException.class, "not valid JSON");
        refusedAndNothingChanged(() -> sites.importGeoJson("[1,2,3]"), GeoJsonException.class, "FeatureCollection");
        refusedAndNothingChanged(
                () -> sites.importGeoJson("{\"type\":\"FeatureCollection\",\"features\":{}}"),
                GeoJsonException.class,
                "\"features\" array");
        refusedAndNothingChanged(
                () -> sites.importGeoJson(whole.replace("[-2.7,53.35]", "[\"-2.7\",\"53.35\"]")),
                GeoJsonException.class,
                "feature 1 (id \"truncated-site\")",
                "geometry");
        refusedAndNothingChanged(
                () -> sites.importGeoJson(whole.replace("[-2.7,53.35]", "[1e999,53.35]")),
                GeoJsonException.class,
                "feature 1 (id \"truncated-site\")");
        refusedAndNothingChanged(
                () -> sites.importGeoJson(whole.replace("[-2.7,53.35]", "[-2.7]")),
                GeoJsonException.class,
                "feature 1 (id \"truncated-site\")",
                "km from Halton");
        refusedAndNothingChanged(
                () -> sites.importGeoJson(whole.replace("\"Feature\"", "\"<b>Feature</b>\"")),
                GeoJsonException.class,
                "\"type\" must be \"Feature\"");
        assertThat(sites.find("truncated-site")).isEmpty();
    }

    // ---- text in the file

    @Test
    void textThatCannotBeStoredIsRefusedByFeatureAndPropertyAndNothingIsWritten() {
        Map<String, Object> tooLong = properties();
        tooLong.put("name", "N".repeat(201));
        Map<String, Object> longTown = properties();
        longTown.put("town", "T".repeat(61));
        Map<String, Object> longNote = properties();
        longNote.put("note", "n".repeat(4001));
        Map<String, Object> nul = properties();
        nul.put("operator", "Op\u0000Ltd");
        Map<String, Object> number = properties();
        number.put("name", 12345);
        Map<String, Object> object = properties();
        object.put("hazards", Map.of("html", MARKUP));
        Map<String, Object> tier = properties();
        tier.put("tier", "<b>upper</b>");
        Map<String, Object> planId = properties();
        planId.put("planId", "../../admin/users?x=\"y\"");
        Map<String, Object> history = properties();
        history.put("operatorHistory", List.of(Map.of("name", "H".repeat(201))));
        Map<String, Object> historyShape = properties();
        historyShape.put("operatorHistory", "not a list");
        Map<String, Object> good = properties();
        String file = collection(
                feature("good-one", good),
                feature("too-long", tooLong),
                feature("long-town", longTown),
                feature("long-note", longNote),
                feature("nul", nul),
                feature("number", number),
                feature("object", object),
                feature("tier", tier),
                feature("plan-id", planId),
                feature("history", history),
                feature("history-shape", historyShape));

        String before = register();
        assertThatThrownBy(() -> sites.importGeoJson(file))
                .isInstanceOfSatisfying(
                        GeoJsonException.class,
                        e -> assertThat(e.problems())
                                .extracting(GeoJsonException.Problem::toString)
                                .containsExactly(
                                        "feature 2 (id \"too-long\"): the property \"name\" has 201 characters (at most 200)",
                                        "feature 3 (id \"long-town\"): the property \"town\" has 61 characters (at most 60)",
                                        "feature 4 (id \"long-note\"): the property \"note\" has 4001 characters (at most 4000)",
                                        "feature 5 (id \"nul\"): the property \"operator\" contains a control character (U+0000) at position 3",
                                        "feature 6 (id \"number\"): the property \"name\" is required (text)",
                                        "feature 7 (id \"object\"): the property \"hazards\" must be text",
                                        "feature 8 (id \"tier\"): \"tier\" must be \"upper\" or \"lower\"",
                                        "feature 9 (id \"plan-id\"): \"planId\" must be 1 to 60 lower-case letters, digits or dashes",
                                        "feature 10 (id \"history\"): \"operatorHistory\": entry 1: \"name\" has at most 200 characters, "
                                                + "\"until\" 40 and \"note\" 2000",
                                        "feature 11 (id \"history-shape\"): \"operatorHistory\": must be a list of earlier operators"));
        assertThat(register()).isEqualTo(before);
        assertThat(sites.find("good-one")).isEmpty();
    }

    @Test
    @Transactional
    void markupInEveryTextPropertyIsStoredAsTextAndStaysTextInEveryExport() throws Exception {
        Map<String, Object> p = properties();
        for (String name : List.of(
                "name", "operator", "address", "town", "planTitle", "positionNote", "hazards", "note", "sources")) {
            p.put(name, name.equals("town") ? "<b>W</b>\"&'" : MARKUP + " " + name);
        }
        sites.importGeoJson(collection(feature("markup-everywhere", p)));

        SiteDetail detail = sites.detail("markup-everywhere").orElseThrow();
        assertThat(detail.summary().name()).isEqualTo(MARKUP + " name");
        assertThat(detail.summary().town()).isEqualTo("<b>W</b>\"&'");
        assertThat(detail.hazards()).isEqualTo(MARKUP + " hazards");
        assertThat(detail.note()).isEqualTo(MARKUP + " note");
        // GeoJSON (the GIS API and the export): JSON strings that read back as the same text.
        var exported = GeoJson.read(sites.sitesGeoJson()).stream()
                .filter(f -> f.id().equals("markup-everywhere"))
                .findFirst()
                .orElseThrow();
        assertThat(exported.text("operator")).isEqualTo(MARKUP + " operator");
        assertThat(exported.text("planTitle")).isEqualTo(MARKUP + " planTitle");
        assertThat(GeoJson.read(sites.zonesGeoJson()).stream()
                        .filter(f -> f.id().equals("markup-everywhere"))
                        .findFirst()
                        .orElseThrow()
                        .text("name"))
                .isEqualTo("Public information zone: " + MARKUP + " name");
        // CSV: the same text in its cell, quoted where needed.
        CSVRecord row = csv(sites.sitesCsv()).stream()
                .filter(r -> r.get("id").equals("markup-everywhere"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name")).isEqualTo(MARKUP + " name");
        assertThat(row.get("address")).isEqualTo(MARKUP + " address");
        assertThat(row.get("town")).isEqualTo("<b>W</b>\"&'");
    }

    @Test
    @Transactional
    void aCellThatASpreadsheetWouldRunIsNeutralisedInEveryTextColumnOfTheCsvExport() throws Exception {
        Map<String, Object> p = properties();
        p.put("name", "=HYPERLINK(\"http://evil.example\",\"click\")");
        p.put("operator", "+cmd|' /C calc'!A0");
        p.put("address", "-2+3+cmd|' /C calc'!A0");
        p.put("town", "@SUM(1+1)*cmd");
        p.put("planTitle", "\t=1+1");
        sites.importGeoJson(collection(feature("formula-everywhere", p)));

        CSVRecord row = csv(sites.sitesCsv()).stream()
                .filter(r -> r.get("id").equals("formula-everywhere"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get("operator")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(row.get("address")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(row.get("town")).isEqualTo("'@SUM(1+1)*cmd");
        assertThat(row.get("plan")).isEqualTo("'\t=1+1");
        // Numbers the register writes itself stay numbers for the spreadsheet.
        assertThat(row.get("longitude")).isEqualTo("-2.700000");
        // The stored text is unchanged: only the export is neutralised.
        assertThat(sites.find("formula-everywhere").orElseThrow().operator()).isEqualTo("+cmd|' /C calc'!A0");
    }

    // ---- the editing forms

    @Test
    @Transactional
    void theDetailsFormKeepsMarkupAsTextAndRefusesWhatCannotBeStoredNamingTheField() {
        assertThat(sites.updateDetails("univar-widnes", version("univar-widnes"), MARKUP, "<b>1</b> Dock Road", "upper")
                        .summary()
                        .name())
                .isEqualTo(MARKUP);
        assertThat(sites.find("univar-widnes").orElseThrow().address()).isEqualTo("<b>1</b> Dock Road");
        assertField(
                () -> sites.updateDetails("univar-widnes", version("univar-widnes"), "Nul\u0000Works", "A", "upper"),
                "name");
        assertField(
                () -> sites.updateDetails("univar-widnes", version("univar-widnes"), "N".repeat(201), "A", "upper"),
                "name");
        assertField(
                () -> sites.updateDetails("univar-widnes", version("univar-widnes"), "Name", "\u001B[31mred", "upper"),
                "address");
        assertField(
                () -> sites.updateDetails("univar-widnes", version("univar-widnes"), "Name", "A", "<script>"), "tier");
        assertField(
                () -> sites.changeOperator("univar-widnes", version("univar-widnes"), "Op\u0007", null), "operator");
        assertField(
                () -> sites.changeOperator("univar-widnes", version("univar-widnes"), "O".repeat(201), null),
                "operator");
        assertField(
                () -> sites.changeOperator("univar-widnes", version("univar-widnes"), "New Op", "n".repeat(2001)),
                "note");
        assertField(
                () -> sites.changeOperator("univar-widnes", version("univar-widnes"), "New Op", "bad\u0000note"),
                "note");
        assertThat(sites.changeOperator("univar-widnes", version("univar-widnes"), MARKUP, MARKUP)
                        .summary()
                        .operator())
                .isEqualTo(MARKUP);
    }

    @Test
    void theZonePolygonFieldRefusesMalformedHugeAndWrongShapesAndChangesNothing() {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.75,53.35],[-2.73,53.35],[-2.73,53.36],"
                + "[-2.75,53.36],[-2.75,53.35]]]}";
        String before = register();
        for (String bad : new String[] {
            null,
            " ",
            square.substring(0, square.length() / 2),
            "<svg onload=alert(1)>",
            "{\"type\":\"Point\",\"coordinates\":[-2.742,53.356]}",
            "[".repeat(100_000),
            square.replace("-2.75,53.35]]]", "-2.75,53.35],[1e999,1]]]"),
            "{\"type\":\"Polygon\",\"coordinates\":[[" + "[-2.74,53.355],".repeat(20_000) + "[-2.74,53.355]]]}"
        }) {
            assertThatThrownBy(() -> sites.setZonePolygon("univar-widnes", version("univar-widnes"), bad))
                    .as(bad == null ? "null" : bad.substring(0, Math.min(40, bad.length())))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("zonePolygon"));
        }
        assertThatThrownBy(() -> sites.moveTo("univar-widnes", version("univar-widnes"), Double.NaN, 53.35))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("position"));
        assertThatThrownBy(() ->
                        sites.moveToGrid("univar-widnes", version("univar-widnes"), Double.POSITIVE_INFINITY, 385000))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("position"));
        assertThat(register()).isEqualTo(before);
    }

    // ---- coordinate reference systems and single-line fields

    private static String withCrs(String id, String crsName, List<Double> coordinates) {
        Map<String, Object> f = feature(id, properties());
        f.put("geometry", Map.of("type", "Point", "coordinates", coordinates));
        return JSON.writeValueAsString(Map.of(
                "type",
                "FeatureCollection",
                "crs",
                Map.of("type", "name", "properties", Map.of("name", crsName)),
                "features",
                List.of(f)));
    }

    @Test
    @Transactional
    void aFileInBritishNationalGridIsReadAsEastingsAndNorthings() {
        // The stack's check point: WGS84 (-2.7336, 53.3636) is E 351278.75, N 385442.98.
        sites.importGeoJson(withCrs("bng-site", "urn:ogc:def:crs:EPSG::27700", List.of(351278.75, 385442.98)));
        SiteDetail detail = sites.detail("bng-site").orElseThrow();
        assertThat(detail.longitude()).isCloseTo(-2.7336, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(detail.latitude()).isCloseTo(53.3636, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void aFileInAnyOtherCoordinateSystemIsRefusedSayingWhyAndChangesNothing() {
        // Web Mercator metres that happen to look like a longitude and latitude: never read as one.
        refusedAndNothingChanged(
                () -> sites.importGeoJson(withCrs("mercator-site", "EPSG:3857", List.of(-2.7, 53.35))),
                GeoJsonException.class,
                "\"EPSG:3857\"",
                "cannot read",
                "EPSG:27700");
        refusedAndNothingChanged(
                () -> sites.importGeoJson(withCrs("off-grid", "EPSG:27700", List.of(-2.7, 53.35))),
                GeoJsonException.class,
                "is not a British National Grid easting and northing");
        assertThat(sites.find("mercator-site")).isEmpty();
    }

    @Test
    void singleLineFieldsRefuseLineBreaksInImportsAndForms() {
        for (String lineBreak : new String[] {"\n", "\r", "\u2028", "\u0085"}) {
            refusedAndNothingChanged(
                    () -> sites.importGeoJson(
                            withProperty("broken-name", "name", "First line" + lineBreak + "Injected")),
                    GeoJsonException.class,
                    "the property \"name\" contains a line break at position 11");
            assertField(
                    () -> sites.updateDetails(
                            "univar-widnes", version("univar-widnes"), "Univar" + lineBreak + "Widnes", "A", "upper"),
                    "name");
            assertField(
                    () -> sites.updateDetails(
                            "univar-widnes",
                            version("univar-widnes"),
                            "Univar",
                            "1 Dock Road" + lineBreak + "x",
                            "upper"),
                    "address");
            assertField(
                    () -> sites.changeOperator(
                            "univar-widnes", version("univar-widnes"), "New" + lineBreak + "Op", null),
                    "operator");
        }
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    /** The version of the site as a form would open it now. */
    private long version(String id) {
        return sites.detail(id).orElseThrow().rowVersion();
    }
}
