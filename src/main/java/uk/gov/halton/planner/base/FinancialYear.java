package uk.gov.halton.planner.base;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A council financial year: 1 April to 31 March. Quarters run Q1 April-June, Q2 July-September, Q3 October-December
 * and Q4 January-March. Named by the calendar year it starts in; its label is "2026/27".
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("A financial year starts between 1900 and 2999, not " + startYear);
        }
    }

    /** The financial year that contains the date. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads "2026/27", "2026-27" or "2026/2027"; the second year must follow the first. */
    public static FinancialYear parse(String text) {
        Matcher m = LABEL.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year like 2026/27");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
        if (end != expected) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a financial year: the second year must follow the first");
        }
        return new FinancialYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    /** 31 March, the last day of the year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** "2026/27". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** "26/27", as in the council's indicator tables. */
    public String shortLabel() {
        return String.format("%02d/%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** "2026-27": a label that fits in a URL path segment. */
    public String slug() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** The quarter (1 to 4) of the financial year that the date falls in: April-June is 1, January-March is 4. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 8) % 12 / 3 + 1;
    }

    public LocalDate quarterStart(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * (quarter - 1));
    }

    public LocalDate quarterEnd(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * quarter).minusDays(1);
    }

    /** "Q1 (April to June)". */
    public static String quarterName(int quarter) {
        checkQuarter(quarter);
        return switch (quarter) {
            case 1 -> "Q1 (April to June)";
            case 2 -> "Q2 (July to September)";
            case 3 -> "Q3 (October to December)";
            default -> "Q4 (January to March)";
        };
    }

    public static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
