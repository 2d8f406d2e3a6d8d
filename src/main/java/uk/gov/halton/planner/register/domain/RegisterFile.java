package uk.gov.halton.planner.register.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.YamlFile;

/**
 * The register's data file (register/safer-halton.yaml), read and checked whole before anything is written: bound to
 * the records below ({@link YamlFile}) and checked by their constraints. Every problem names the file, the line and
 * the field. Texts are kept exactly as written (the register keeps the seed's wording); blank optional texts are none.
 */
public record RegisterFile(
        Priority priority,
        List<Text> keyDevelopments,
        List<Text> emergingIssues,
        List<ObjectiveData> objectives,
        List<IndicatorData> indicators) {

    public record Priority(String name, String statement) {}

    /** A key development (group = theme) or an emerging issue (group = team, heading = category). */
    public record Text(String id, String group, String heading, String intro, List<String> items, String footnote) {}

    public record ObjectiveData(
            String ref,
            String title,
            String milestoneYear,
            List<String> milestones,
            String responsibleOfficer,
            String linkedIndicators,
            String footnote,
            boolean sharedWithHealthPriority) {}

    public record IndicatorData(String ref, String description, String theme) {}

    public static RegisterFile parse(String location, String text) {
        YamlFile<Document> file = YamlFile.read(location, text, Document.class, "the register's sections");
        Document d = file.value();
        Set<String> ids = new HashSet<>();
        List<Text> kds = new java.util.ArrayList<>();
        for (int i = 0; i < d.keyDevelopments().size(); i++) {
            KeyDevelopment kd = d.keyDevelopments().get(i);
            unique(file, ids, kd.id(), "keyDevelopments[" + (i + 1) + "].id");
            itemsInAll(file, kd.items(), "keyDevelopments[" + (i + 1) + "].items");
            kds.add(new Text(kd.id(), kd.theme(), kd.heading(), blank(kd.intro()), kd.items(), blank(kd.footnote())));
        }
        List<Text> eis = new java.util.ArrayList<>();
        for (int i = 0; i < d.emergingIssues().size(); i++) {
            EmergingIssue ei = d.emergingIssues().get(i);
            unique(file, ids, ei.id(), "emergingIssues[" + (i + 1) + "].id");
            itemsInAll(file, ei.items(), "emergingIssues[" + (i + 1) + "].items");
            eis.add(new Text(ei.id(), ei.team(), ei.category(), blank(ei.heading()), ei.items(), null));
        }
        Set<String> refs = new HashSet<>();
        List<ObjectiveData> objectives = new java.util.ArrayList<>();
        for (int i = 0; i < d.objectives().size(); i++) {
            ObjectiveEntry o = d.objectives().get(i);
            if (blank(o.ref()) != null) {
                unique(file, refs, o.ref(), "objectives[" + (i + 1) + "].ref");
            }
            itemsInAll(file, o.milestones(), "objectives[" + (i + 1) + "].milestones");
            objectives.add(new ObjectiveData(
                    blank(o.ref()),
                    blank(o.title()),
                    blank(o.milestoneYear()),
                    o.milestones(),
                    o.responsibleOfficer(),
                    blank(o.linkedIndicators()),
                    blank(o.footnote()),
                    Boolean.TRUE.equals(o.sharedWithHealthPriority())));
        }
        Set<String> indicatorRefs = new HashSet<>();
        List<IndicatorData> indicators = new java.util.ArrayList<>();
        for (int i = 0; i < d.indicators().size(); i++) {
            IndicatorEntry entry = d.indicators().get(i);
            unique(file, indicatorRefs, entry.ref(), "indicators[" + (i + 1) + "].ref");
            if (ReportTheme.fromSlug(entry.theme()).isEmpty()) {
                throw file.problem(
                        "indicators[" + (i + 1) + "].theme", "'" + entry.theme() + "' is not one of the report themes");
            }
            indicators.add(new IndicatorData(entry.ref(), entry.description(), entry.theme()));
        }
        return new RegisterFile(
                new Priority(d.priority().name(), d.priority().statement()), kds, eis, objectives, indicators);
    }

    private static final String REQUIRED = "is missing or empty";
    private static final String LONG = "has more than {max} characters";
    /** Each item of a list (a milestone's wording, a key development's point), and a list's items in all. */
    private static final int MAX_ITEMS = 16000;

    private static void unique(YamlFile<?> file, Set<String> seen, String value, String field) {
        if (!seen.add(value)) {
            throw file.problem(field, "'" + value + "' appears twice");
        }
    }

    private static void itemsInAll(YamlFile<?> file, List<String> items, String field) {
        if (String.join("\n", items).length() > MAX_ITEMS) {
            throw file.problem(field, "at most " + MAX_ITEMS + " characters in all");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // ---- the file as written

    record Document(
            @NotNull(message = REQUIRED) @Valid PriorityEntry priority,

            @NotNull(message = "must be a list")
            List<@NotNull(message = "must be a mapping of fields") @Valid KeyDevelopment> keyDevelopments,

            @NotNull(message = "must be a list")
            List<@NotNull(message = "must be a mapping of fields") @Valid EmergingIssue> emergingIssues,

            @NotNull(message = "must be a list")
            List<@NotNull(message = "must be a mapping of fields") @Valid ObjectiveEntry> objectives,

            @NotNull(message = "must be a list")
            List<@NotNull(message = "must be a mapping of fields") @Valid IndicatorEntry> indicators) {}

    record PriorityEntry(
            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String name,

            @NotBlank(message = REQUIRED) @Size(max = 4000, message = LONG) @PlainText
            String statement) {}

    record KeyDevelopment(
            @NotBlank(message = REQUIRED) @Pattern(regexp = ID, message = ID_RULE)
            String id,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String theme,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String heading,

            @Size(max = 4000, message = LONG) @PlainText String intro,
            List<@NotBlank(message = ITEM) @Size(max = 2000, message = LONG) @SingleLine String> items,
            @Size(max = 500, message = LONG) @PlainText String footnote) {
        KeyDevelopment {
            items = items == null ? List.of() : items;
        }
    }

    record EmergingIssue(
            @NotBlank(message = REQUIRED) @Pattern(regexp = ID, message = ID_RULE)
            String id,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String team,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String category,

            @Size(max = 300, message = LONG) @PlainText String heading,
            List<@NotBlank(message = ITEM) @Size(max = 2000, message = LONG) @SingleLine String> items) {
        EmergingIssue {
            items = items == null ? List.of() : items;
        }
    }

    record ObjectiveEntry(
            @Size(max = 30, message = LONG) @PlainText String ref,
            @Size(max = 1000, message = LONG) @PlainText String title,
            @Size(max = 30, message = LONG) @PlainText String milestoneYear,

            @NotEmpty(message = "an objective needs at least one")
            List<@NotBlank(message = ITEM) @Size(max = 2000, message = LONG) @SingleLine String> milestones,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String responsibleOfficer,

            @Size(max = 300, message = LONG) @PlainText String linkedIndicators,
            @Size(max = 500, message = LONG) @PlainText String footnote,
            Boolean sharedWithHealthPriority) {}

    record IndicatorEntry(
            @NotBlank(message = REQUIRED) @Size(max = 30, message = LONG) @PlainText
            String ref,

            @NotBlank(message = REQUIRED) @Size(max = 500, message = LONG) @PlainText
            String description,

            @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) @PlainText
            String theme) {}

    private static final String ID = "[a-z0-9-]{1,60}";
    private static final String ID_RULE = "use lower-case letters, digits and dashes";
    private static final String ITEM = "must be non-empty text";
}
