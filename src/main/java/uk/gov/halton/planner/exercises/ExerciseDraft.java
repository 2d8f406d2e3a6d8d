package uk.gov.halton.planner.exercises;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;

/**
 * What a planner enters for an exercise. Times are local to Europe/London. Texts are kept stripped (blank as null);
 * agencies without blanks or repeats. Which plan elements it tests is recorded per element ({@link ElementMarkService}),
 * not here. The name, location and agencies are one line each (a calendar entry, a table
 * cell); the rest may have paragraphs.
 */
public record ExerciseDraft(
        @NotBlank(message = "An exercise needs a name.") @Size(max = 200) @SingleLine("The name")
        String name,

        String templateType,
        List<String> planIds,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Size(max = 300) @SingleLine("The location") String location,
        List<@SingleLine("An agency's name") String> agencies,
        @Size(max = 4000) @PlainText("The objectives") String objectives,
        @Size(max = 4000) @PlainText("The scenario") String scenario,
        boolean testsPlan) {

    public ExerciseDraft {
        name = TextRules.strip(name);
        location = TextRules.strip(location);
        agencies = agencies == null
                ? List.of()
                : agencies.stream()
                        .map(TextRules::strip)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
        objectives = TextRules.strip(objectives);
        scenario = TextRules.strip(scenario);
    }
}
