package uk.gov.halton.planner.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Coordinate;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GeoJSON (RFC 7946) feature collections in WGS84: strict reading that reports every bad feature, and writing that
 * GDAL and QGIS read (no "crs" member, counter-clockwise outer rings, six decimals, about 0.1 m).
 */
public final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DECIMALS = 6;

    private GeoJson() {
    }

    /** Reads a FeatureCollection; throws {@link GeoJsonException} listing every problem, so nothing half-loads. */
    public static List<Feature> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "too deeply nested or too large"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(null, "not valid JSON (" + where + ")")));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(null,
                    "expected a GeoJSON FeatureCollection with a \"features\" array")));
        }
        List<GeoJsonException.Problem> problems = new ArrayList<>();
        List<Feature> features = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        GeoJsonReader reader = new GeoJsonReader(BritishNationalGrid.WGS84);
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
            String invalid = invalidity(geometry);
            if (invalid != null) {
                problems.add(new GeoJsonException.Problem(label, invalid));
                continue;
            }
            Map<String, Object> properties = node.path("properties").isObject()
                    ? JSON.convertValue(node.get("properties"), LinkedHashMap.class) : new LinkedHashMap<>();
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
            throw new GeoJsonException(List.of(new GeoJsonException.Problem(null,
                    "the geometry cannot be read: " + e.getMessage())));
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
        return error == null ? null : "invalid geometry: " + error.getMessage() + " near "
                + error.getCoordinate().x + ", " + error.getCoordinate().y;
    }
}
