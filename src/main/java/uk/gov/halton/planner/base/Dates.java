package uk.gov.halton.planner.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How dates and time left are written for people, everywhere: "14 March 2027", "due in 11 days". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private static final DateTimeFormatter SHORT_DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Dates() {}

    /** "14 March 2027"; an empty string for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "14 Mar 2027", for tables; an empty string for no date. */
    public static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    /** "14 Mar 2027 09:30" in the planner's zone (Europe/London), for a moment (an instant or a date-time); empty for none. */
    public static String shortDayTime(java.time.temporal.TemporalAccessor moment) {
        return moment == null ? "" : SHORT_DAY_TIME.withZone(PlannerZone.zone()).format(moment);
    }

    /** "due in 11 days", "due tomorrow", "due today", "overdue by 1 day", counted from {@code today}. */
    public static String timeLeft(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "due today";
        }
        if (days == 1) {
            return "due tomorrow";
        }
        if (days > 1) {
            return "due in " + days + " days";
        }
        return "overdue by " + plural(-days, "day");
    }

    /** "1 day", "3 days". */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
