package uk.gov.halton.planner.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON (RFC 7946) feature collections in WGS84: strict reading that reports every bad feature, and writing that
 * GDAL and QGIS read (no "crs" member, counter-clockwise outer rings, six decimals, about 0.1 m).
 * <p>
 * RFC 7946 has no "crs" member, but GIS tools still write the older one (GeoJSON 2008), for example when a layer in
 * British National Grid is saved as GeoJSON. A file whose top-level "crs" names EPSG:27700 is read as eastings and
 * northings and turned into WGS84; one naming WGS84 (CRS84, EPSG:4326) is read as it is; any other is refused with
 * the name it gives, never read as longitude and latitude by mistake.
 */
public final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DECIMALS = 6;

    private GeoJson() {}

    /** Reads a FeatureCollection; throws {@link GeoJsonException} listing every problem, so nothing half-loads. */
    public static List<Feature> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? "too deeply nested or too large"
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(null, "not valid JSON (" + where + ")")));
        }
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(
                    null, "expected a GeoJSON FeatureCollection with a \"features\" array")));
        }
        boolean bng = britishNationalGrid(root.path("crs"));
        List<GeoJsonException.Problem> problems = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        GeoJsonReader reader = new GeoJsonReader(bng ? BritishNationalGrid.BNG : BritishNationalGrid.WGS84);
        int index = 0;
        for (JsonNode node : root.get("features")) {
            index++;
            String id = node.path("id").isValueNode() ? node.path("id").asString("") : "";
            String label = "feature " + index + (id.isEmpty() ? "" : " (id \"" + id + "\")");
            if (!"Feature".equals(node.path("type").asString(""))) {
                problems.add(new GeoJsonException.Problem(label, "\"type\" must be \"Feature\""));
                continue;
            }
            if (id.isBlank()) {
                problems.add(new GeoJsonException.Problem(label, "has no \"id\""));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new GeoJsonException.Problem(label, "the id \"" + id + "\" is used twice"));
                continue;
            }
            if (node.has("crs") || node.path("geometry").has("crs")) {
                problems.add(new GeoJsonException.Problem(
                        label, "a \"crs\" member is read only at the top of the " + "file, for every feature"));
                continue;
            }
            Geometry geometry;
            try {
                JsonNode g = node.path("geometry");
                if (!g.isObject()) {
                    problems.add(new GeoJsonException.Problem(label, "has no geometry"));
                    continue;
                }
                geometry = reader.read(JSON.writeValueAsString(g));
            } catch (ParseException | RuntimeException e) {
                problems.add(new GeoJsonException.Problem(label, "the geometry cannot be read: " + e.getMessage()));
                continue;
            }
            if (bng) {
                String outside = outsideTheGrid(geometry);
                if (outside != null) {
                    problems.add(new GeoJsonException.Problem(label, outside));
                    continue;
                }
                geometry = BritishNationalGrid.toWgs84(geometry);
            }
            String invalid = invalidity(geometry);
            if (invalid != null) {
                problems.add(new GeoJsonException.Problem(label, invalid));
                continue;
            }
            Map<String, Object> properties = node.path("properties").isObject()
                    ? JSON.convertValue(node.get("properties"), LinkedHashMap.class)
                    : new LinkedHashMap<>();
            features.add(new Feature(id, geometry, properties));
        }
        if (!problems.isEmpty()) {
            throw new GeoJsonException(problems);
        }
        return features;
    }

    /** Writes a FeatureCollection of WGS84 features. */
    public static String write(List<Feature> features) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode array = root.putArray("features");
        for (Feature f : features) {
            ObjectNode node = array.addObject();
            node.put("type", "Feature");
            node.put("id", f.id());
            node.set("geometry", JSON.readTree(writeGeometry(f.geometry())));
            node.set("properties", JSON.valueToTree(f.properties()));
        }
        return JSON.writeValueAsString(root);
    }

    /** Reads one geometry given as GeoJSON text or as an already parsed JSON object (a Map). */
    public static Geometry readGeometry(Object geometryJson) {
        String text = geometryJson instanceof String s ? s : JSON.writeValueAsString(geometryJson);
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(BritishNationalGrid.WGS84).read(text);
        } catch (ParseException | RuntimeException e) {
            throw new GeoJsonException(
                    List.of(new GeoJsonException.Problem(null, "the geometry cannot be read: " + e.getMessage())));
        }
        String invalid = invalidity(geometry);
        if (invalid != null) {
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(null, invalid)));
        }
        return geometry;
    }

    /** Parses JSON text into plain maps and lists, e.g. to embed a stored geometry in a feature's properties. */
    public static Object parseObject(String json) {
        return JSON.readValue(json, Object.class);
    }

    /** One WGS84 geometry as GeoJSON text. */
    public static String writeGeometry(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return writer.write(geometry);
    }

    private static final java.util.regex.Pattern EPSG = java.util.regex.Pattern.compile(
            "(?i)(?:urn:ogc:def:crs:EPSG:[0-9.]*:|EPSG:|https?://www\\.opengis\\.net/def/crs/EPSG/0/)(\\d+)");

    /**
     * Whether the file's "crs" member names British National Grid; false when it is absent or names WGS84;
     * {@link GeoJsonException} for any other.
     */
    private static boolean britishNationalGrid(JsonNode crs) {
        if (crs.isMissingNode() || crs.isNull()) {
            return false;
        }
        String name = "name".equals(crs.path("type").asString(""))
                ? crs.path("properties").path("name").asString("")
                : "";
        java.util.regex.Matcher epsg = EPSG.matcher(name.strip());
        String code = epsg.matches()
                ? epsg.group(1)
                : name.strip().toUpperCase(java.util.Locale.ROOT).endsWith("CRS84") ? "4326" : "";
        if (code.equals(String.valueOf(BritishNationalGrid.BNG_SRID))) {
            return true;
        }
        if (code.equals(String.valueOf(BritishNationalGrid.WGS84_SRID))) {
            return false;
        }
        String given = name.isBlank() ? crs.toString() : "\"" + name + "\"";
        throw new GeoJsonException(List.of(new GeoJsonException.Problem(
                null,
                "the \"crs\" member names "
                        + (given.length() > 120 ? given.substring(0, 120) + "…" : given)
                        + ", which this application cannot "
                        + "read: give WGS84 longitude and latitude (no \"crs\", as RFC 7946 says) or British National Grid "
                        + "(\"crs\" naming EPSG:27700)")));
    }

    /** Eastings and northings must lie on the grid (0 to 700 km east, 0 to 1,300 km north). */
    private static String outsideTheGrid(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x)
                    || !Double.isFinite(c.y)
                    || c.x < 0
                    || c.x > 700_000
                    || c.y < 0
                    || c.y > 1_300_000) {
                return "the position " + c.x + ", " + c.y + " is not a British National Grid easting and northing "
                        + "(the file's \"crs\" names EPSG:27700)";
            }
        }
        return null;
    }

    private static String invalidity(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                return "the position " + c.x + ", " + c.y + " is not a longitude and latitude";
            }
        }
        if (geometry.isEmpty()) {
            return "the geometry is empty";
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null
                ? null
                : "invalid geometry: " + error.getMessage() + " near " + error.getCoordinate().x + ", "
                        + error.getCoordinate().y;
    }
}
