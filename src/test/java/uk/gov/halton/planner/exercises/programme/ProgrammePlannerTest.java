package uk.gov.halton.planner.exercises.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.programme.ProgrammePlanner.Booked;
import uk.gov.halton.planner.exercises.programme.ProgrammePlanner.PlanDue;
import uk.gov.halton.planner.exercises.programme.ProgrammePlanner.Proposal;

class ProgrammePlannerTest {

    static final ProgrammePlanner.Settings DEFAULTS =
            ProgrammeProperties.defaults().settings();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void everyPlanIsTestedBeforeItIsDueAndEveryYearHasAnExercise() {
        List<PlanDue> plans = List.of(
                new PlanDue("runcorn-site", LocalDate.of(2026, 11, 3)),
                new PlanDue("univar-widnes", LocalDate.of(2027, 8, 15)),
                new PlanDue("iconichem-widnes", LocalDate.of(2030, 1, 10)),
                new PlanDue("emerald-kalama", null));

        List<Proposal> proposals = ProgrammePlanner.propose(plans, List.of(), TODAY, DEFAULTS);

        assertKeepsTheRules(plans, List.of(), proposals);
        assertThat(proposals)
                .filteredOn(p -> p.planIds().contains("emerald-kalama"))
                .first()
                .satisfies(p -> assertThat(p.reason()).contains("No test recorded"));
        // Runcorn falls due 3 Nov 2026: tested before then, and outside Halloween and Bonfire night.
        assertThat(proposals)
                .filteredOn(p -> p.planIds().contains("runcorn-site"))
                .first()
                .satisfies(p -> assertThat(p.date()).isBefore(LocalDate.of(2026, 10, 24)));
    }

    @Test
    void existingExercisesCountAndAreNotDuplicated() {
        List<PlanDue> plans = List.of(new PlanDue("a", LocalDate.of(2027, 1, 20)));
        List<Booked> booked = List.of(new Booked(LocalDate.of(2026, 12, 1), List.of("a")));
        List<Proposal> proposals = ProgrammePlanner.propose(plans, booked, TODAY, DEFAULTS);
        assertKeepsTheRules(plans, booked, proposals);
        // The booked exercise carries "a" to 1 Dec 2029, beyond the view (ends 31 Mar 2029): only the
        // financial-year rule asks for more, in 2027/28 and 2028/29.
        assertThat(proposals).extracting(p -> p.year().label()).containsExactly("2027/28", "2028/29");
        assertThat(proposals).allSatisfy(p -> assertThat(p.reason()).contains("PPT 06"));
    }

    @Test
    void aMinimumGapIsKeptWhereItCanBeAndFlaggedWhereItCannot() {
        List<PlanDue> plans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            plans.add(new PlanDue("p" + i, LocalDate.of(2027, 3, 1)));
        }
        List<Proposal> proposals = ProgrammePlanner.propose(plans, List.of(), TODAY, DEFAULTS);
        assertKeepsTheRules(plans, List.of(), proposals);
        List<LocalDate> firstTests = proposals.stream()
                .filter(p -> p.date().isBefore(LocalDate.of(2027, 3, 2)))
                .map(Proposal::date)
                .sorted()
                .toList();
        assertThat(firstTests).hasSize(6);
        for (int i = 1; i < firstTests.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(firstTests.get(i - 1), firstTests.get(i)))
                    .isGreaterThanOrEqualTo(28);
        }
        assertThat(proposals).allSatisfy(p -> assertThat(p.warning()).isNull());

        ProgrammePlanner.Settings tight = new ProgrammePlanner.Settings(200, DEFAULTS.blackouts(), 14, 42);
        List<Proposal> crowded = ProgrammePlanner.propose(plans, List.of(), TODAY, tight);
        assertKeepsTheRules(plans, List.of(), crowded);
        assertThat(crowded).anySatisfy(p -> assertThat(p.warning()).contains("Closer than 200 days"));
    }

    @Test
    void anOverduePlanIsProposedAsSoonAsNoticeAllows() {
        List<Proposal> proposals = ProgrammePlanner.propose(
                List.of(new PlanDue("late", LocalDate.of(2026, 5, 1))), List.of(), TODAY, DEFAULTS);
        assertThat(proposals.getFirst().date()).isBetween(TODAY.plusDays(14), TODAY.plusDays(20));
        assertThat(proposals.getFirst().reason()).contains("overdue");
    }

    @Test
    void aBlackoutAcrossTheNewYearIsUnderstood() {
        var christmas =
                new ProgrammePlanner.Blackout("Christmas", java.time.MonthDay.of(12, 20), java.time.MonthDay.of(1, 3));
        assertThat(christmas.contains(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(christmas.contains(LocalDate.of(2027, 1, 2))).isTrue();
        assertThat(christmas.contains(LocalDate.of(2027, 1, 4))).isFalse();
    }

    /** Each plan tested on or before each due date in the view; each year covered; weekdays outside blackouts. */
    static void assertKeepsTheRules(List<PlanDue> plans, List<Booked> booked, List<Proposal> proposals) {
        FinancialYear first = FinancialYear.of(TODAY);
        List<FinancialYear> years = List.of(first, first.next(), first.next().next());
        for (FinancialYear year : years) {
            boolean covered = booked.stream().anyMatch(b -> year.contains(b.date()))
                    || proposals.stream().anyMatch(p -> year.contains(p.date()));
            assertThat(covered).as("an exercise in " + year).isTrue();
        }
        for (PlanDue plan : plans) {
            List<LocalDate> tests = new ArrayList<>();
            booked.stream().filter(b -> b.planIds().contains(plan.planId())).forEach(b -> tests.add(b.date()));
            proposals.stream().filter(p -> p.planIds().contains(plan.planId())).forEach(p -> tests.add(p.date()));
            tests.sort(null);
            LocalDate due = plan.nextTestDue();
            for (LocalDate test : tests) {
                if (due != null && !due.isBefore(TODAY.plusDays(14))) {
                    assertThat(test).as(plan.planId() + " tested by " + due).isBeforeOrEqualTo(due);
                }
                due = test.plusYears(3);
            }
            assertThat(due).as(plan.planId() + " has a test planned").isNotNull();
            assertThat(due)
                    .as(plan.planId() + " covered to the end of the view")
                    .isAfter(years.getLast().end());
        }
        for (Proposal p : proposals) {
            assertThat(p.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(DEFAULTS.blackouts())
                    .noneSatisfy(b -> assertThat(b.contains(p.date())).isTrue());
        }
    }
}
