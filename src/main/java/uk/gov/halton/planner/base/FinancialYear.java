package uk.gov.halton.planner.base;

import java.time.LocalDate;
import java.time.Month;

/** A council financial year: 1 April to 31 March, named by its starting year (2026 is "2026/27"). */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** Quarter 1 to 4: Q1 April to June, Q2 July to September, Q3 October to December, Q4 January to March. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 / 3 + 1;
    }

    public LocalDate quarterStart(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * (quarter - 1));
    }

    public LocalDate quarterEnd(int quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    /** "2026/27". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The seed's short form: "26/27". */
    public String shortLabel() {
        return String.format("%02d/%02d", startYear % 100, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }
}
