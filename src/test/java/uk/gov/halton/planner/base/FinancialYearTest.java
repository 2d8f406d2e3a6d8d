package uk.gov.halton.planner.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialYearTest {

    @Test
    void runsFromFirstAprilToThirtyFirstMarch() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(new FinancialYear(2027).end()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(FinancialYear.of(LocalDate.of(2028, 2, 29))).isEqualTo(new FinancialYear(2027));
    }

    @Test
    void quartersFollowTheCouncilsYear() {
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo(2);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(new FinancialYear(2027).quarterEnd(4)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(new FinancialYear(2026).quarterStart(3)).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void labels() {
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026/27");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
        assertThat(new FinancialYear(2018).shortLabel()).isEqualTo("18/19");
    }
}
