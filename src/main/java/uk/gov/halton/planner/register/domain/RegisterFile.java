package uk.gov.halton.planner.register.domain;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.TextRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register's data file (register/safer-halton.yaml), read and checked whole before anything is written. Every
 * problem names the file, the record and the field.
 */
public record RegisterFile(Priority priority, List<Text> keyDevelopments, List<Text> emergingIssues,
                           List<ObjectiveData> objectives, List<IndicatorData> indicators) {

    public record Priority(String name, String statement) {
    }

    /** A key development (group = theme) or an emerging issue (group = team, heading = category). */
    public record Text(String id, String group, String heading, String intro, List<String> items, String footnote) {
    }

    public record ObjectiveData(String ref, String title, String milestoneYear, List<String> milestones,
                                String responsibleOfficer, String linkedIndicators, String footnote,
                                boolean sharedWithHealthPriority) {
    }

    public record IndicatorData(String ref, String description, String theme) {
    }

    public static RegisterFile parse(String location, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new ReferenceDataException(location, null, "not valid YAML: " + e.getMessage(), e);
        }
        Reader reader = new Reader(location);
        Map<?, ?> map = reader.map(root, null, "the file");
        Map<?, ?> priority = reader.map(map.get("priority"), "priority", "priority");
        Priority p = new Priority(reader.required(priority, "priority", "name"),
                reader.required(priority, "priority", "statement"));

        List<Text> kds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map<?, ?> kd : reader.records(map, "keyDevelopments")) {
            String record = reader.record("keyDevelopments", kds.size(), kd.get("id"));
            String id = reader.uniqueId(kd, record, ids);
            kds.add(new Text(id, reader.required(kd, record, "theme"), reader.required(kd, record, "heading"),
                    reader.optional(kd, record, "intro"), reader.strings(kd, record, "items"),
                    reader.optional(kd, record, "footnote")));
        }
        List<Text> eis = new ArrayList<>();
        for (Map<?, ?> ei : reader.records(map, "emergingIssues")) {
            String record = reader.record("emergingIssues", eis.size(), ei.get("id"));
            String id = reader.uniqueId(ei, record, ids);
            eis.add(new Text(id, reader.required(ei, record, "team"), reader.required(ei, record, "category"),
                    reader.optional(ei, record, "heading"), reader.strings(ei, record, "items"), null));
        }
        List<ObjectiveData> objectives = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (Map<?, ?> o : reader.records(map, "objectives")) {
            String record = reader.record("objectives", objectives.size(), o.get("ref"));
            String ref = reader.optional(o, record, "ref");
            if (ref != null && !refs.add(ref)) {
                throw new ReferenceDataException(location, record, "field 'ref': '" + ref + "' appears twice");
            }
            List<String> milestones = reader.strings(o, record, "milestones");
            if (milestones.isEmpty()) {
                throw new ReferenceDataException(location, record, "field 'milestones': an objective needs at least one");
            }
            objectives.add(new ObjectiveData(ref, reader.optional(o, record, "title"),
                    reader.optional(o, record, "milestoneYear"), milestones,
                    reader.required(o, record, "responsibleOfficer"), reader.optional(o, record, "linkedIndicators"),
                    reader.optional(o, record, "footnote"), reader.bool(o, record, "sharedWithHealthPriority")));
        }
        List<IndicatorData> indicators = new ArrayList<>();
        Set<String> indicatorRefs = new HashSet<>();
        for (Map<?, ?> i : reader.records(map, "indicators")) {
            String record = reader.record("indicators", indicators.size(), i.get("ref"));
            String ref = reader.required(i, record, "ref");
            if (!indicatorRefs.add(ref)) {
                throw new ReferenceDataException(location, record, "field 'ref': '" + ref + "' appears twice");
            }
            String theme = reader.required(i, record, "theme");
            if (ReportTheme.fromSlug(theme).isEmpty()) {
                throw new ReferenceDataException(location, record, "field 'theme': '" + theme
                        + "' is not one of the report themes");
            }
            indicators.add(new IndicatorData(ref, reader.required(i, record, "description"), theme));
        }
        return new RegisterFile(p, kds, eis, objectives, indicators);
    }

    /** The most characters of each text field, as the register's columns hold them. */
    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(Map.entry("name", 300),
            Map.entry("statement", 4000), Map.entry("theme", 300), Map.entry("heading", 300), Map.entry("intro", 4000),
            Map.entry("footnote", 500), Map.entry("team", 300), Map.entry("category", 300), Map.entry("title", 1000),
            Map.entry("milestoneYear", 30), Map.entry("responsibleOfficer", 300), Map.entry("linkedIndicators", 300),
            Map.entry("ref", 30), Map.entry("description", 500), Map.entry("id", 60));
    /** Each item of a list (a milestone's wording, a key development's point), and a list's items in all. */
    private static final int MAX_ITEM = 2000;
    private static final int MAX_ITEMS = 16000;

    /** Small typed reads over SnakeYAML's maps and lists; each failure names where. */
    private record Reader(String location) {

        Map<?, ?> map(Object value, String record, String what) {
            if (value instanceof Map<?, ?> m) {
                return m;
            }
            throw new ReferenceDataException(location, record, what + " must be a mapping of fields");
        }

        List<Map<?, ?>> records(Map<?, ?> root, String field) {
            Object value = root.get(field);
            if (!(value instanceof List<?> list)) {
                throw new ReferenceDataException(location, field, "field '" + field + "' must be a list");
            }
            List<Map<?, ?>> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(map(list.get(i), field + "[" + (i + 1) + "]", "each entry"));
            }
            return out;
        }

        String record(String list, int index, Object name) {
            return list + "[" + (index + 1) + "]" + (name == null ? "" : " (" + name + ")");
        }

        String uniqueId(Map<?, ?> m, String record, Set<String> ids) {
            String id = required(m, record, "id");
            if (!id.matches("[a-z0-9-]{1,60}")) {
                throw new ReferenceDataException(location, record, "field 'id': use lower-case letters, digits and dashes");
            }
            if (!ids.add(id)) {
                throw new ReferenceDataException(location, record, "field 'id': '" + id + "' appears twice");
            }
            return id;
        }

        String required(Map<?, ?> m, String record, String field) {
            String value = optional(m, record, field);
            if (value == null) {
                throw new ReferenceDataException(location, record, "field '" + field + "' is missing or empty");
            }
            return value;
        }

        /** The text exactly as written (no trimming: the register keeps the seed's wording). */
        String optional(Map<?, ?> m, String record, String field) {
            Object value = m.get(field);
            if (value == null) {
                return null;
            }
            if (!(value instanceof String s)) {
                throw new ReferenceDataException(location, record, "field '" + field + "' must be text");
            }
            if (s.isBlank()) {
                return null;
            }
            int max = MAX_LENGTH.getOrDefault(field, MAX_ITEM);
            if (s.length() > max) {
                throw new ReferenceDataException(location, record, "field '" + field + "' has " + s.length()
                        + " characters (at most " + max + ")");
            }
            String bad = TextRules.problem(s);
            if (bad != null) {
                throw new ReferenceDataException(location, record, "field '" + field + "' " + bad);
            }
            return s;
        }

        boolean bool(Map<?, ?> m, String record, String field) {
            Object value = m.get(field);
            if (value == null) {
                return false;
            }
            if (!(value instanceof Boolean b)) {
                throw new ReferenceDataException(location, record, "field '" + field + "' must be true or false");
            }
            return b;
        }

        List<String> strings(Map<?, ?> m, String record, String field) {
            Object value = m.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new ReferenceDataException(location, record, "field '" + field + "' must be a list");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || s.isBlank()) {
                    throw new ReferenceDataException(location, record, "field '" + field + "', item " + (i + 1)
                            + ": must be non-empty text");
                }
                if (s.contains("\n")) {
                    throw new ReferenceDataException(location, record, "field '" + field + "', item " + (i + 1)
                            + ": must be one line");
                }
                String bad = s.length() > MAX_ITEM ? "has " + s.length() + " characters (at most " + MAX_ITEM + ")"
                        : TextRules.problem(s);
                if (bad != null) {
                    throw new ReferenceDataException(location, record, "field '" + field + "', item " + (i + 1)
                            + ": " + bad);
                }
                out.add(s);
            }
            if (String.join("\n", out).length() > MAX_ITEMS) {
                throw new ReferenceDataException(location, record, "field '" + field + "': at most " + MAX_ITEMS
                        + " characters in all");
            }
            return out;
        }
    }
}
