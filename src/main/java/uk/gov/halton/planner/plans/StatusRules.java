package uk.gov.halton.planner.plans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.base.Dates;

/**
 * The written rules for a plan's status, in one place. The nearest deadline is the earliest of the next test due,
 * the next review due, the preparation deadline (until the plan is prepared) and each site's public information
 * mailing due. Green: more than {@value #AMBER_DAYS} days to it. Amber: {@value #AMBER_DAYS} days or fewer.
 * Red: {@value #RED_DAYS} days or fewer, overdue, or no test recorded.
 */
public final class StatusRules {

    /** COMAH 2015 reg 14: tested at intervals not exceeding three years. */
    public static final int TEST_INTERVAL_YEARS = 3;
    /** COMAH 2015 reg 14: reviewed at intervals not exceeding three years. */
    public static final int REVIEW_INTERVAL_YEARS = 3;
    /** Halton sends its public information zone letter every five years. */
    public static final int PIZ_MAILING_INTERVAL_YEARS = 5;
    /** COMAH 2015 reg 13(2): a plan is prepared within six months of the operator's information... */
    public static final int PREPARATION_MONTHS = 6;
    /** ...or nine with the competent authority's written agreement. */
    public static final int EXTENDED_PREPARATION_MONTHS = 9;

    public static final int AMBER_DAYS = 180;
    public static final int RED_DAYS = 30;

    public static final String NO_TEST_REASON = "No test recorded";

    /** The legend shown beside every status. */
    public static final List<String> LEGEND = List.of(
            "Green: more than " + AMBER_DAYS + " days to the nearest deadline.",
            "Amber: the nearest deadline is within " + AMBER_DAYS + " days.",
            "Red: the nearest deadline is within " + RED_DAYS + " days or overdue, or no test is recorded.",
            "The nearest deadline is the earliest of the next test due (at most " + TEST_INTERVAL_YEARS
                    + " years after the last test, or after the plan was prepared if it was never tested), the next "
                    + "review due (likewise), the preparation deadline of a new plan ("
                    + PREPARATION_MONTHS + " months from the operator's information, " + EXTENDED_PREPARATION_MONTHS
                    + " with the competent authority's written agreement) and each site's public information mailing ("
                    + PIZ_MAILING_INTERVAL_YEARS + "-yearly).");

    private StatusRules() {}

    /** The result: status, a reason for people, and the deadline it was judged on (null when none). */
    public record Result(PlanStatus status, String reason, Deadline nearest) {}

    /** Last tested + three years; 29 February rolls back to 28 February when the target year is not a leap year. */
    public static LocalDate nextTestDue(LocalDate lastTested) {
        return lastTested == null ? null : lastTested.plusYears(TEST_INTERVAL_YEARS);
    }

    public static LocalDate nextReviewDue(LocalDate lastReviewed) {
        return lastReviewed == null ? null : lastReviewed.plusYears(REVIEW_INTERVAL_YEARS);
    }

    public static LocalDate nextMailingDue(LocalDate lastSent) {
        return lastSent == null ? null : lastSent.plusYears(PIZ_MAILING_INTERVAL_YEARS);
    }

    public static LocalDate preparationDeadline(LocalDate operatorInformation, boolean extensionAgreed) {
        if (operatorInformation == null) {
            return null;
        }
        return operatorInformation.plusMonths(extensionAgreed ? EXTENDED_PREPARATION_MONTHS : PREPARATION_MONTHS);
    }

    public static Result evaluate(boolean tested, List<Deadline> deadlines, LocalDate today) {
        Deadline nearest =
                deadlines.stream().min(Comparator.comparing(Deadline::dueDate)).orElse(null);
        if (!tested) {
            return new Result(PlanStatus.RED, NO_TEST_REASON, nearest);
        }
        if (nearest == null) {
            return new Result(PlanStatus.RED, "No deadline recorded", null);
        }
        long days = ChronoUnit.DAYS.between(today, nearest.dueDate());
        String reason = nearest.kind().subject() + " " + Dates.timeLeft(nearest.dueDate(), today);
        if (days <= RED_DAYS) {
            return new Result(PlanStatus.RED, reason, nearest);
        }
        if (days <= AMBER_DAYS) {
            return new Result(PlanStatus.AMBER, reason, nearest);
        }
        return new Result(PlanStatus.GREEN, "Next: " + reason.toLowerCase(java.util.Locale.ROOT), nearest);
    }
}
