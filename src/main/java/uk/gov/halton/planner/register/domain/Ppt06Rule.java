package uk.gov.halton.planner.register.domain;

import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.Ppt06Facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * PPT 06: "at least one exercise each financial year to test the COMAH plans". On course once a COMAH exercise has
 * been held in the year; uncertain while one is only scheduled before 31 March; will not be achieved when none has
 * been held and none can be held before 31 March (nothing scheduled, or the year is over).
 */
public final class Ppt06Rule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Ppt06Rule() {
    }

    public record Outcome(ProgressStatus status, String commentary) {
    }

    public static Outcome evaluate(FinancialYear year, LocalDate today, Ppt06Facts facts) {
        String yearEnd = DAY.format(year.end());
        if (facts.exerciseHeld()) {
            return new Outcome(ProgressStatus.ON_COURSE, "A COMAH exercise was held in " + year.label()
                    + facts.lastHeld().map(d -> " (latest on " + DAY.format(d) + ")").orElse("") + ".");
        }
        if (today.isAfter(year.end())) {
            return new Outcome(ProgressStatus.WILL_NOT_BE_ACHIEVED, "No COMAH exercise was held in " + year.label()
                    + "; the year ended on " + yearEnd + ".");
        }
        if (facts.exerciseScheduled()) {
            return new Outcome(ProgressStatus.UNCERTAIN, "No COMAH exercise held yet in " + year.label()
                    + "; one is scheduled" + facts.nextScheduled().map(d -> " for " + DAY.format(d)).orElse("")
                    + ", before " + yearEnd + ".");
        }
        return new Outcome(ProgressStatus.WILL_NOT_BE_ACHIEVED, "No COMAH exercise has been held in " + year.label()
                + " and none is scheduled before " + yearEnd + ".");
    }
}
