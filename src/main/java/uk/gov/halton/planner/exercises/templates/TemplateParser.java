package uk.gov.halton.planner.exercises.templates;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.ExerciseTemplate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks one exercise template against the schema in exercise-templates/README.md. A problem is reported
 * as a {@link ReferenceDataException} naming the file and the field.
 */
public final class TemplateParser {

    public static final Set<String> AGENCIES = Set.of("Site operator", "Halton Borough Council", "Cheshire Police",
            "Cheshire Fire and Rescue Service", "North West Ambulance Service", "NHS Cheshire and Merseyside",
            "UK Health Security Agency", "Environment Agency", "Health and Safety Executive", "Neighbouring councils");
    private static final List<String> FIELDS = List.of("type", "name", "purpose", "usualDuration", "discussionBased",
            "objectives", "agencies", "outline", "debriefChecklist");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9-]+");
    private static final Pattern OFFSET = Pattern.compile("([0-9]{2}):([0-5][0-9])");

    private final String file;

    private TemplateParser(String file) {
        this.file = file;
    }

    /** Parses {@code text}, the content of the file {@code fileName} found at {@code location}. */
    public static ExerciseTemplate parse(String fileName, String location, String text) {
        return new TemplateParser(location).read(fileName, text);
    }

    private ExerciseTemplate read(String fileName, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new ReferenceDataException(file, null, "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ReferenceDataException(file, null, "expected a mapping of the template's fields");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw problem(String.valueOf(key), "is not a template field (expected one of " + FIELDS + ")");
            }
        }
        for (String field : FIELDS) {
            if (map.get(field) == null) {
                throw problem(field, "is required");
            }
        }
        String type = string(map, "type", 60);
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!TYPE.matcher(type).matches()) {
            throw problem("type", "'" + type + "' must use lower-case letters, digits and hyphens only");
        }
        if (!type.equals(expected)) {
            throw problem("type", "'" + type + "' must match the file name '" + expected + "'");
        }
        String name = string(map, "name", 200);
        String purpose = string(map, "purpose", 2000);
        Duration duration = duration(map.get("usualDuration"));
        if (!(map.get("discussionBased") instanceof Boolean discussion)) {
            throw problem("discussionBased", "must be true or false");
        }
        List<String> objectives = strings(map, "objectives", 4, 8);
        List<String> agencies = strings(map, "agencies", 1, AGENCIES.size());
        for (String agency : agencies) {
            if (!AGENCIES.contains(agency)) {
                throw problem("agencies", "'" + agency + "' is not one of " + new java.util.TreeSet<>(AGENCIES));
            }
        }
        if (new HashSet<>(agencies).size() != agencies.size()) {
            throw problem("agencies", "lists an agency twice");
        }
        List<ExerciseTemplate.Step> outline = outline(map.get("outline"));
        List<String> checklist = strings(map, "debriefChecklist", 6, 10);
        return new ExerciseTemplate(type, name, purpose, duration, discussion, objectives, agencies, outline, checklist,
                fileName);
    }

    private String string(Map<?, ?> map, String field, int max) {
        Object value = map.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(field, "must be text");
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() > max) {
            throw problem(field, "is longer than " + max + " characters");
        }
        return storable(field, clean);
    }

    private Duration duration(Object value) {
        try {
            Duration duration = Duration.parse(String.valueOf(value));
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(7)) > 0) {
                throw problem("usualDuration", "must be more than zero and at most seven days");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw problem("usualDuration", "'" + value + "' is not an ISO-8601 duration such as PT4H or PT2H30M");
        }
    }

    private List<String> strings(Map<?, ?> map, String field, int min, int max) {
        if (!(map.get(field) instanceof List<?> list)) {
            throw problem(field, "must be a list");
        }
        if (list.size() < min || list.size() > max) {
            throw problem(field, "must have " + min + " to " + max + " entries, not " + list.size());
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text) || text.isBlank()) {
                throw problem(field + "[" + (i + 1) + "]", "must be text");
            }
            result.add(storable(field + "[" + (i + 1) + "]", text.strip().replaceAll("\\s+", " ")));
        }
        if (String.join("\n", result).length() > 4000) {
            throw problem(field, "is longer than 4000 characters in all");
        }
        return List.copyOf(result);
    }

    private List<ExerciseTemplate.Step> outline(Object value) {
        if (!(value instanceof List<?> list)) {
            throw problem("outline", "must be a list of steps with 'at' and 'item'");
        }
        if (list.size() < 5 || list.size() > 10) {
            throw problem("outline", "must have 5 to 10 steps, not " + list.size());
        }
        List<ExerciseTemplate.Step> steps = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < list.size(); i++) {
            String where = "outline[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?> step)) {
                throw problem(where, "must have 'at' and 'item'");
            }
            Set<String> keys = new LinkedHashSet<>();
            step.keySet().forEach(k -> keys.add(String.valueOf(k)));
            if (!Set.of("at", "item").equals(keys)) {
                throw problem(where, "must have exactly 'at' and 'item', found " + keys);
            }
            if (!(step.get("at") instanceof String at)) {
                throw problem(where + ".at", "must be a quoted \"HH:MM\" offset (unquoted, YAML may read it as a number)");
            }
            var matcher = OFFSET.matcher(at);
            if (!matcher.matches()) {
                throw problem(where + ".at", "'" + at + "' is not an \"HH:MM\" offset");
            }
            int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
            if (minutes < previous) {
                throw problem(where + ".at", at + " is earlier than the step before it");
            }
            previous = minutes;
            if (!(step.get("item") instanceof String item) || item.isBlank() || item.contains("|")) {
                throw problem(where + ".item", "must be text (without '|')");
            }
            steps.add(new ExerciseTemplate.Step(at, storable(where + ".item", item.strip().replaceAll("\\s+", " "))));
        }
        if (steps.stream().mapToInt(step -> step.at().length() + step.item().length() + 2).sum() > 4000) {
            throw problem("outline", "is longer than 4000 characters in all");
        }
        return List.copyOf(steps);
    }

    /** Text with a control character (a YAML escape such as \\0 or \\e) cannot be stored. */
    private String storable(String field, String text) {
        String bad = TextRules.problem(text);
        if (bad != null) {
            throw problem(field, bad);
        }
        return text;
    }

    private ReferenceDataException problem(String field, String message) {
        return new ReferenceDataException(file, "field " + field, message);
    }
}
