package uk.gov.halton.planner.exercises.templates;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.YamlFile;
import uk.gov.halton.planner.exercises.ExerciseTemplate;

/**
 * Reads one exercise template ({@link TemplateFile}, bound and checked by {@link YamlFile}) and the rules that span
 * fields. A problem is a {@link ReferenceDataException} naming the file, the line and the field.
 */
public final class TemplateParser {

    public static final Set<String> AGENCIES = Set.of(
            "Site operator",
            "Halton Borough Council",
            "Cheshire Police",
            "Cheshire Fire and Rescue Service",
            "North West Ambulance Service",
            "NHS Cheshire and Merseyside",
            "UK Health Security Agency",
            "Environment Agency",
            "Health and Safety Executive",
            "Neighbouring councils");
    /** Each list (and the outline) is at most this many characters in all, as its column holds it. */
    private static final int MAX_LIST = 4000;

    private TemplateParser() {}

    /** Parses {@code text}, the content of the file {@code fileName} found at {@code location}. */
    public static ExerciseTemplate parse(String fileName, String location, String text) {
        YamlFile<TemplateFile> file = YamlFile.read(location, text, TemplateFile.class, "the template's fields");
        TemplateFile t = file.value();
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!t.type().equals(expected)) {
            throw file.problem("type", "'" + t.type() + "' must match the file name '" + expected + "'");
        }
        Duration duration = duration(file, t.usualDuration());
        for (int i = 0; i < t.agencies().size(); i++) {
            if (!AGENCIES.contains(t.agencies().get(i))) {
                throw file.problem(
                        "agencies[" + (i + 1) + "]",
                        "'" + t.agencies().get(i) + "' is not one of " + new TreeSet<>(AGENCIES));
            }
        }
        if (new HashSet<>(t.agencies()).size() != t.agencies().size()) {
            throw file.problem("agencies", "lists an agency twice");
        }
        int previous = -1;
        for (int i = 0; i < t.outline().size(); i++) {
            String at = t.outline().get(i).at();
            int minutes = Integer.parseInt(at.substring(0, 2)) * 60 + Integer.parseInt(at.substring(3));
            if (minutes < previous) {
                throw file.problem("outline[" + (i + 1) + "].at", at + " is earlier than the step before it");
            }
            previous = minutes;
        }
        for (var list : List.of(
                List.of("objectives", t.objectives()),
                List.of("agencies", t.agencies()),
                List.of("debriefChecklist", t.debriefChecklist()))) {
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) list.get(1);
            if (String.join("\n", items).length() > MAX_LIST) {
                throw file.problem((String) list.get(0), "is longer than " + MAX_LIST + " characters in all");
            }
        }
        List<ExerciseTemplate.Step> outline = t.outline().stream()
                .map(s -> new ExerciseTemplate.Step(s.at(), s.item()))
                .toList();
        if (outline.stream()
                        .mapToInt(step -> step.at().length() + step.item().length() + 2)
                        .sum()
                > MAX_LIST) {
            throw file.problem("outline", "is longer than " + MAX_LIST + " characters in all");
        }
        return new ExerciseTemplate(
                t.type(),
                t.name(),
                t.purpose(),
                duration,
                t.discussionBased(),
                t.objectives(),
                t.agencies(),
                outline,
                t.debriefChecklist(),
                fileName);
    }

    private static Duration duration(YamlFile<?> file, String value) {
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(7)) > 0) {
                throw file.problem("usualDuration", "must be more than zero and at most seven days");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw file.problem("usualDuration", "'" + value + "' is not an ISO-8601 duration such as PT4H or PT2H30M");
        }
    }
}
