package uk.gov.halton.planner.exercises.templates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.gov.halton.planner.base.SingleLine;

/**
 * One file in exercise-templates/, as written (the schema is in its README). Texts are read with their white space
 * runs made one space, as they are shown; the constraints are the schema's rules.
 */
record TemplateFile(
        @NotNull(message = "is required")
        @Size(max = 60, message = "is longer than {max} characters")
        @Pattern(regexp = "[a-z0-9-]+", message = "must use lower-case letters, digits and hyphens only")
        String type,

        @NotBlank(message = "is required") @Size(max = 200, message = "is longer than {max} characters") @SingleLine("")
        String name,

        @NotBlank(message = "is required")
        @Size(max = 2000, message = "is longer than {max} characters")
        @SingleLine("")
        String purpose,

        @NotBlank(message = "is required") String usualDuration,
        @NotNull(message = "is required") Boolean discussionBased,

        @NotNull(message = "is required") @Size(min = 4, max = 8, message = "must have {min} to {max} entries")
        List<@NotBlank(message = "must be text") @SingleLine("") String> objectives,

        @NotNull(message = "is required") @Size(min = 1, max = 10, message = "must have {min} to {max} entries")
        List<@NotBlank(message = "must be text") @SingleLine("") String> agencies,

        @NotNull(message = "is required") @Size(min = 5, max = 10, message = "must have {min} to {max} steps")
        List<@NotNull(message = "must have 'at' and 'item'") @Valid Step> outline,

        @NotNull(message = "is required") @Size(min = 6, max = 10, message = "must have {min} to {max} entries")
        List<@NotBlank(message = "must be text") @SingleLine("") String> debriefChecklist) {

    TemplateFile {
        name = tidy(name);
        purpose = tidy(purpose);
        objectives = tidy(objectives);
        agencies = tidy(agencies);
        debriefChecklist = tidy(debriefChecklist);
    }

    /** A step of the outline: an offset from the start, quoted "HH:MM", and what happens. */
    record Step(
            @NotNull(message = "is required")
            @Pattern(regexp = "[0-9]{2}:[0-5][0-9]", message = "is not an \"HH:MM\" offset")
            String at,

            @NotBlank(message = "must be text")
            @Pattern(regexp = "[^|]*", message = "must be text (without '|')")
            @SingleLine("")
            String item) {

        Step {
            item = tidy(item);
        }
    }

    /** White space runs (line breaks of a folded paragraph included) as one space; control characters stay, to be refused. */
    static String tidy(String text) {
        return text == null ? null : text.strip().replaceAll("[ \\t\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    private static List<String> tidy(List<String> texts) {
        return texts == null ? null : texts.stream().map(TemplateFile::tidy).toList();
    }
}
