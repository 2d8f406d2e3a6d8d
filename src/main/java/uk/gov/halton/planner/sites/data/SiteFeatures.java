package uk.gov.halton.planner.sites.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.sites.domain.SiteRules;

/** Validates a sites FeatureCollection, collecting every problem with its feature. */
public final class SiteFeatures {

    static final List<String> REQUIRED = List.of("name", "operator", "address", "town", "tier", "planId", "planTitle");
    /** Shown and exported as one line (the CSV, the map's labels): a line break is refused, not stored. */
    static final java.util.Set<String> SINGLE_LINE = java.util.Set.copyOf(REQUIRED);
    /** Every text property and its most characters (the register's columns). */
    static final Map<String, Integer> MAX_LENGTH = new java.util.LinkedHashMap<>();

    private static final String ID = "[a-z0-9][a-z0-9-]{1,59}";

    static {
        MAX_LENGTH.put("name", 200);
        MAX_LENGTH.put("operator", 200);
        MAX_LENGTH.put("address", 300);
        MAX_LENGTH.put("town", 60);
        MAX_LENGTH.put("tier", 20);
        MAX_LENGTH.put("planId", 60);
        MAX_LENGTH.put("planTitle", 200);
        MAX_LENGTH.put("positionNote", 2000);
        MAX_LENGTH.put("newlyTopTierNote", 1000);
        MAX_LENGTH.put("hazards", 500);
        MAX_LENGTH.put("note", 4000);
        MAX_LENGTH.put("sources", 2000);
    }

    private SiteFeatures() {}

    /** The features of a valid sites file, or {@link GeoJsonException} listing every problem. */
    public static List<Feature> read(String json) {
        List<Feature> features = GeoJson.read(json);
        List<GeoJsonException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            String label = "feature " + (i + 1) + " (id \"" + f.id() + "\")";
            problem(f).ifPresent(p -> problems.add(new GeoJsonException.Problem(label, p)));
        }
        if (!problems.isEmpty()) {
            throw new GeoJsonException(problems);
        }
        return features;
    }

    private static java.util.Optional<String> problem(Feature f) {
        if (!(f.geometry() instanceof Point)) {
            return java.util.Optional.of("a site's geometry must be a Point");
        }
        if (!f.id().matches(ID)) {
            return java.util.Optional.of("the id must be 2 to 60 lower-case letters, digits or dashes");
        }
        Map<String, Object> p = f.properties();
        for (String name : REQUIRED) {
            if (!(p.get(name) instanceof String s) || s.isBlank()) {
                return java.util.Optional.of("the property \"" + name + "\" is required (text)");
            }
        }
        for (Map.Entry<String, Integer> text : MAX_LENGTH.entrySet()) {
            Object value = p.get(text.getKey());
            if (value == null) {
                continue;
            }
            if (!(value instanceof String s)) {
                return java.util.Optional.of("the property \"" + text.getKey() + "\" must be text");
            }
            if (s.length() > text.getValue()) {
                return java.util.Optional.of("the property \"" + text.getKey() + "\" has " + s.length()
                        + " characters (at most " + text.getValue() + ")");
            }
            String bad = SINGLE_LINE.contains(text.getKey()) ? TextRules.singleLineProblem(s) : TextRules.problem(s);
            if (bad != null) {
                return java.util.Optional.of("the property \"" + text.getKey() + "\" " + bad);
            }
        }
        if (!"upper".equals(p.get("tier")) && !"lower".equals(p.get("tier"))) {
            return java.util.Optional.of("\"tier\" must be \"upper\" or \"lower\"");
        }
        if (!((String) p.get("planId")).matches("[a-z0-9][a-z0-9-]{0,59}")) {
            return java.util.Optional.of("\"planId\" must be 1 to 60 lower-case letters, digits or dashes");
        }
        String history = historyProblem(p.get("operatorHistory"));
        if (history != null) {
            return java.util.Optional.of("\"operatorHistory\": " + history);
        }
        String distance = SiteRules.saneDistanceProblem(f.geometry());
        if (distance != null) {
            return java.util.Optional.of(distance);
        }
        Object polygon = p.get("pizPolygon");
        if (polygon != null) {
            try {
                var zone = GeoJson.readGeometry(polygon);
                if (!(zone instanceof Polygonal)) {
                    return java.util.Optional.of("\"pizPolygon\" must be a Polygon or MultiPolygon");
                }
                String far = SiteRules.saneDistanceProblem(zone);
                if (far != null) {
                    return java.util.Optional.of("\"pizPolygon\": " + far);
                }
                if (GeoJson.writeGeometry(zone).length() > SiteRules.MAX_POLYGON_CHARACTERS) {
                    return java.util.Optional.of("\"pizPolygon\" is too detailed (at most "
                            + SiteRules.MAX_POLYGON_CHARACTERS + " characters of GeoJSON)");
                }
            } catch (GeoJsonException e) {
                return java.util.Optional.of("\"pizPolygon\": " + e.getMessage());
            }
        } else {
            Integer radius =
                    p.get("pizRadiusMetres") instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                            ? n.intValue()
                            : null;
            String problem = SiteRules.radiusProblem(radius);
            if (problem != null) {
                return java.util.Optional.of("\"pizRadiusMetres\": " + problem);
            }
        }
        for (String flag : List.of("positionApproximate", "newlyTopTier")) {
            if (p.containsKey(flag) && !(p.get(flag) instanceof Boolean)) {
                return java.util.Optional.of("\"" + flag + "\" must be true or false");
            }
        }
        if (!(p.get("positionApproximate") instanceof Boolean)) {
            return java.util.Optional.of("\"positionApproximate\" is required (true or false)");
        }
        return java.util.Optional.empty();
    }

    /** Null when absent or a list of {name, until, note} with text of the right lengths, else the problem. */
    private static String historyProblem(Object history) {
        if (history == null) {
            return null;
        }
        if (!(history instanceof List<?> entries)) {
            return "must be a list of earlier operators";
        }
        if (entries.size() > 50) {
            return "at most 50 earlier operators";
        }
        for (int i = 0; i < entries.size(); i++) {
            String where = "entry " + (i + 1) + ": ";
            if (!(entries.get(i) instanceof Map<?, ?> entry)
                    || !(entry.get("name") instanceof String name)
                    || name.isBlank()) {
                return where + "needs a \"name\" (text)";
            }
            Object until = entry.get("until");
            Object note = entry.get("note");
            if (name.length() > 200
                    || (until != null && until.toString().length() > 40)
                    || (note != null && note.toString().length() > 2000)) {
                return where + "\"name\" has at most 200 characters, \"until\" 40 and \"note\" 2000";
            }
            String badName = TextRules.singleLineProblem(name);
            if (badName != null) {
                return where + "\"name\" " + badName;
            }
            for (Object text : new Object[] {until, note}) {
                String bad = text == null ? null : TextRules.problem(text.toString());
                if (bad != null) {
                    return where + bad;
                }
            }
        }
        return null;
    }
}
