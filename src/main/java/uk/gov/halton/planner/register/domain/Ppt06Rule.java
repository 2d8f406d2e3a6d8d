package uk.gov.halton.planner.register.domain;

import uk.gov.halton.planner.register.Ppt06Facts;

/**
 * PPT 06: "at least one exercise each financial year to test the COMAH plans". The exercise programme decides where
 * the year stands; this maps its verdict to the council's progress symbols: held or scheduled is on course, at risk is
 * uncertain, a year ended with none held will not be achieved.
 */
public final class Ppt06Rule {

    private Ppt06Rule() {}

    public record Outcome(ProgressStatus status, String commentary) {}

    public static Outcome evaluate(Ppt06Facts facts) {
        ProgressStatus status = switch (facts.standing()) {
            case HELD, SCHEDULED -> ProgressStatus.ON_COURSE;
            case AT_RISK -> ProgressStatus.UNCERTAIN;
            case NOT_HELD -> ProgressStatus.WILL_NOT_BE_ACHIEVED;
        };
        return new Outcome(status, facts.commentary() + ".");
    }
}
