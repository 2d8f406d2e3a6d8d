package uk.gov.halton.planner.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday, and not the Christmas break (24 December
 * to 1 January), when partners are not available for exercises. Bank holidays are computed, with substitute days
 * when one falls at a weekend, and the one-off changes of recent years.
 */
public final class WorkingDays {

    private static final MonthDay BREAK_STARTS = MonthDay.of(12, 24);
    private static final MonthDay BREAK_ENDS = MonthDay.of(1, 1);

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isBankHoliday(day)
                && !isChristmasBreak(day);
    }

    /** 24 December to 1 January inclusive. */
    public static boolean isChristmasBreak(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return !md.isBefore(BREAK_STARTS) || !md.isAfter(BREAK_ENDS);
    }

    public static boolean isBankHoliday(LocalDate day) {
        return bankHolidays(day.getYear()).contains(day);
    }

    /** The bank holidays of England and Wales in a year. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        LocalDate earlyMay = may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate spring = may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        switch (year) {
            case 2020 -> earlyMay = LocalDate.of(2020, 5, 8); // VE Day, 75th anniversary
            case 2012 -> spring = LocalDate.of(2012, 6, 4); // Diamond Jubilee
            case 2022 -> spring = LocalDate.of(2022, 6, 2); // Platinum Jubilee
            default -> {}
        }
        days.add(earlyMay);
        days.add(spring);
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        switch (year) {
            case 2012 -> days.add(LocalDate.of(2012, 6, 5)); // Diamond Jubilee
            case 2022 -> {
                days.add(LocalDate.of(2022, 6, 3)); // Platinum Jubilee
                days.add(LocalDate.of(2022, 9, 19)); // State funeral of Queen Elizabeth II
            }
            case 2023 -> days.add(LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
            default -> {}
        }
        // Christmas Day and Boxing Day; a day at a weekend moves to the next weekday not already a holiday.
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        LocalDate first = weekdayOnOrAfter(christmas);
        days.add(first);
        LocalDate second = weekdayOnOrAfter(boxing);
        if (!second.isAfter(first)) {
            second = weekdayOnOrAfter(first.plusDays(1));
        }
        days.add(second);
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
