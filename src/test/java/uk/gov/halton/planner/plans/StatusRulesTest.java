package uk.gov.halton.planner.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.FinancialYear;

class StatusRulesTest {

    private static Deadline test(LocalDate due) {
        return new Deadline(DeadlineKind.PLAN_TEST, "p", "Test of P", due, null, Set.of("plan:p"), "plans/p");
    }

    @Test
    void aTestOn29FebruaryFallsDueOn28FebruaryThreeYearsLater() {
        assertThat(StatusRules.nextTestDue(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(StatusRules.nextTestDue(LocalDate.of(2029, 2, 28))).isEqualTo(LocalDate.of(2032, 2, 28));
        assertThat(StatusRules.nextTestDue(null)).isNull();
    }

    @Test
    void aPlanWithNoTestIsRedWhateverElseItHas() {
        StatusRules.Result result = StatusRules.evaluate(false, List.of(), LocalDate.of(2026, 6, 1));
        assertThat(result.status()).isEqualTo(PlanStatus.RED);
        assertThat(result.reason()).isEqualTo("No test recorded");
        assertThat(result.nearest()).isNull();
    }

    @Test
    void thresholdsAre180And30Days() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(StatusRules.evaluate(true, List.of(test(today.plusDays(181))), today)
                        .status())
                .isEqualTo(PlanStatus.GREEN);
        assertThat(StatusRules.evaluate(true, List.of(test(today.plusDays(180))), today)
                        .status())
                .isEqualTo(PlanStatus.AMBER);
        assertThat(StatusRules.evaluate(true, List.of(test(today.plusDays(31))), today)
                        .status())
                .isEqualTo(PlanStatus.AMBER);
        assertThat(StatusRules.evaluate(true, List.of(test(today.plusDays(30))), today)
                        .status())
                .isEqualTo(PlanStatus.RED);
        assertThat(StatusRules.evaluate(true, List.of(test(today)), today).status())
                .isEqualTo(PlanStatus.RED);
        StatusRules.Result overdue = StatusRules.evaluate(true, List.of(test(today.minusDays(3))), today);
        assertThat(overdue.status()).isEqualTo(PlanStatus.RED);
        assertThat(overdue.reason()).isEqualTo("Plan test overdue by 3 days");
    }

    @Test
    void theNearestOfAllDeadlinesDecides() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        Deadline mailing = new Deadline(
                DeadlineKind.PIZ_MAILING, "site", "Mailing", today.plusDays(20), null, Set.of("plan:p"), "plans/p");
        StatusRules.Result result = StatusRules.evaluate(true, List.of(test(today.plusYears(2)), mailing), today);
        assertThat(result.status()).isEqualTo(PlanStatus.RED);
        assertThat(result.nearest()).isEqualTo(mailing);
    }

    @Test
    void deadlinesAcrossTheFinancialYearBoundary() {
        // Tested on 31 March 2026 (last day of 2025/26): next due 31 March 2029, the last day of 2028/29.
        LocalDate due = StatusRules.nextTestDue(LocalDate.of(2026, 3, 31));
        assertThat(due).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(FinancialYear.of(due).label()).isEqualTo("2028/29");
        // Tested on 1 April 2026 (first day of 2026/27): due 1 April 2029, in 2029/30.
        assertThat(FinancialYear.of(StatusRules.nextTestDue(LocalDate.of(2026, 4, 1)))
                        .label())
                .isEqualTo("2029/30");
        // Status counts calendar days across 31 March / 1 April.
        LocalDate today = LocalDate.of(2029, 3, 1);
        assertThat(StatusRules.evaluate(true, List.of(test(LocalDate.of(2029, 4, 1))), today)
                        .reason())
                .isEqualTo("Plan test due in 31 days");
    }

    @Test
    void thePreparationDeadlineIsSixMonthsOrNineWithAgreement() {
        LocalDate received = LocalDate.of(2026, 8, 31);
        assertThat(StatusRules.preparationDeadline(received, false)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(StatusRules.preparationDeadline(received, true)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(StatusRules.nextMailingDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void theLegendStatesTheThresholds() {
        assertThat(String.join(" ", StatusRules.LEGEND))
                .contains("180 days")
                .contains("30 days")
                .contains("no test");
    }
}
