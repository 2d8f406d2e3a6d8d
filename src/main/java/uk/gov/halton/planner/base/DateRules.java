package uk.gov.halton.planner.base;

import java.time.LocalDate;

/**
 * The dates any form or import accepts: 1970 to 2099. A year such as 0 or 9999 is a slip of the keyboard, and would
 * upset the due-date arithmetic, the programme's financial years and the calendar feed.
 */
public final class DateRules {

    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private DateRules() {}

    /** The date unchanged (null too), or {@link InvalidInputException} for the field, e.g. "The test date must ...". */
    public static LocalDate check(String field, String label, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidInputException(
                    field,
                    label + " must be between " + EARLIEST.getYear() + " and " + LATEST.getYear() + " (" + date
                            + " was given).");
        }
        return date;
    }

    /**
     * Refuses a date after {@code today} for something that must already have happened (a test, a review, a mailing,
     * an exercise held, a debrief): "A test cannot be dated in the future (14 March 2027 is after today)."
     */
    public static LocalDate notFuture(String field, String what, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidInputException(
                    field,
                    what + " cannot be dated in the future (" + Dates.day(date) + " is after today, " + Dates.day(today)
                            + ").");
        }
        return date;
    }
}
