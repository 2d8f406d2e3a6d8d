package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.FinancialYear;

/**
 * Milestone PPT 06, "at least one exercise each financial year to test the COMAH plans", as known on a date. The one
 * place this is decided: the programme, the register's milestone, its quarterly report and the home page all read it.
 * <ul>
 * <li>An exercise counts in the financial year in which it starts (Europe/London), however long it runs.</li>
 * <li>Met: an exercise of the COMAH plans starting in the year by {@code asOf} is recorded as held.</li>
 * <li>Breached: the year is over and none was held (a year's answer is never left uncertain once it ends).</li>
 * <li>On track: one is scheduled from {@code asOf} to 31 March (one held later than {@code asOf} was scheduled then).</li>
 * <li>At risk: a scheduled exercise's day has passed but it is not yet recorded as held; or only proposals; or
 * nothing.</li>
 * </ul>
 */
public final class ComahYearRule {

    private ComahYearRule() {}

    /** {@code openProposals}: the programme planner's proposals for the year not yet accepted or rejected. */
    public static YearCompliance evaluate(
            FinancialYear year, List<ExerciseSummary> exercises, long openProposals, LocalDate asOf) {
        List<ExerciseSummary> comah = exercises.stream()
                .filter(e -> e.comah() && FinancialYear.of(e.date()).equals(year))
                .sorted(Comparator.comparing(ExerciseSummary::startsAt))
                .toList();
        List<ExerciseSummary> held = comah.stream()
                .filter(e -> e.status() == ExerciseStatus.HELD && !e.date().isAfter(asOf))
                .toList();
        List<ExerciseSummary> ahead = comah.stream()
                .filter(e -> e.status() != ExerciseStatus.PROPOSED && !e.date().isBefore(asOf))
                .toList();
        List<ExerciseSummary> unrecorded = comah.stream()
                .filter(e -> e.status() == ExerciseStatus.SCHEDULED && e.date().isBefore(asOf))
                .toList();
        long proposed = comah.stream()
                        .filter(e -> e.status() == ExerciseStatus.PROPOSED)
                        .count()
                + openProposals;
        String end = Dates.day(year.end());
        if (!held.isEmpty()) {
            return new YearCompliance(
                    year,
                    ComplianceState.MET,
                    Dates.plural(held.size(), "exercise")
                            + " of the COMAH plans held in " + year.label() + " (latest on "
                            + Dates.day(held.getLast().date()) + ")",
                    held.size(),
                    ahead.size(),
                    proposed);
        }
        if (asOf.isAfter(year.end())) {
            return new YearCompliance(
                    year,
                    ComplianceState.BREACHED,
                    "No exercise of the COMAH plans was recorded as " + "held in " + year.label()
                            + "; the year ended on " + end,
                    0,
                    0,
                    proposed);
        }
        if (!ahead.isEmpty()) {
            return new YearCompliance(
                    year,
                    ComplianceState.ON_TRACK,
                    "Scheduled for " + Dates.day(ahead.getFirst().date()) + ", not yet held",
                    0,
                    ahead.size(),
                    proposed);
        }
        if (!unrecorded.isEmpty()) {
            return new YearCompliance(
                    year,
                    ComplianceState.AT_RISK,
                    "Not yet recorded: the exercise of "
                            + Dates.day(unrecorded.getLast().date()) + " has passed but is not marked held",
                    0,
                    unrecorded.size(),
                    proposed);
        }
        return new YearCompliance(
                year,
                ComplianceState.AT_RISK,
                proposed > 0
                        ? "Only proposed: schedule an exercise of the COMAH plans before " + end
                        : "Nothing scheduled: at least one exercise of the COMAH plans is needed by " + end,
                0,
                0,
                proposed);
    }
}
