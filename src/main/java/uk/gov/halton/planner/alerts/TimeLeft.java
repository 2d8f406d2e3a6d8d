package uk.gov.halton.planner.alerts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time left to a due date, for people, as it stands on the day the text is written: "due in 11 days", "due
 * tomorrow", "due today", "overdue by 1 day". Never the name of the threshold that made the alert, which can be
 * weeks out of date (a deadline first seen 11 days away passed the 30-day threshold, but is due in 11 days).
 */
public final class TimeLeft {

    private TimeLeft() {
    }

    public static String describe(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "due today";
        }
        if (days == 1) {
            return "due tomorrow";
        }
        return days > 0 ? "due in " + days + " days" : "overdue by " + days(-days);
    }

    /** "1 day", "3 days". */
    public static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }
}
