package uk.gov.halton.planner.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;

/**
 * What a planner may change on a plan's record, and the row version of the record they opened. Tests and reviews are
 * recorded as history of their own; the next test and review due may be brought forward from the statutory dates,
 * never put back. Texts are kept stripped, and blank as null.
 */
public record PlanEdit(
        @NotBlank(message = "A plan needs a title.") @Size(max = 200) @SingleLine("The title")
        String title,

        @Size(max = 40) @SingleLine("The version") String version,
        @Size(max = 100) @SingleLine("The owner") String owner,
        String lifecycle,
        LocalDate preparedOn,
        LocalDate nextReviewDue,
        LocalDate nextTestDue,
        LocalDate operatorInfoReceived,
        boolean extensionAgreed,

        @Size(max = 200) @SingleLine("The agreement reference")
        String extensionReference,

        @Size(max = 2000) @PlainText("The notes") String notes,
        long rowVersion) {

    public PlanEdit {
        title = TextRules.strip(title);
        version = TextRules.strip(version);
        owner = TextRules.strip(owner);
        extensionReference = TextRules.strip(extensionReference);
        notes = TextRules.strip(notes);
    }
}
