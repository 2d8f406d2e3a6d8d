package uk.gov.halton.planner.exercises;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.TextRules;

/**
 * What a planner types for an inject of the exercise-day timeline, kept without the white space around it (blank as
 * none); checked by {@link DayLogService} for every caller, each broken rule named by its field.
 */
public record InjectDetails(
        @NotNull(message = "Enter the planned time (e.g. 10:30).")
        LocalTime plannedAt,

        @NotBlank(message = "Say what the inject is.") @Size(max = 1000) @PlainText("The inject")
        String inject,

        @Size(max = 200) @PlainText("The recipient") String toWhom,

        @Size(max = 1000) @PlainText("The expected response")
        String expected) {

    public InjectDetails {
        inject = TextRules.strip(inject);
        toWhom = TextRules.strip(toWhom);
        expected = TextRules.strip(expected);
    }
}
