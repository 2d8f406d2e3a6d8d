package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void theYearTurnsOnTheFirstOfApril() {
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FinancialYear(2027));
        assertThat(FinancialYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new FinancialYear(2025));
        assertThat(new FinancialYear(2026).start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(new FinancialYear(2026).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void the29thOfFebruaryFallsInTheFourthQuarterOfTheYearBefore() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        FinancialYear year = FinancialYear.of(leapDay);
        assertThat(year.label()).isEqualTo("2027/28");
        assertThat(FinancialYear.quarterOf(leapDay)).isEqualTo(4);
        assertThat(year.quarterEnd(4)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(year.contains(leapDay)).isTrue();
    }

    @Test
    void quartersRunAprilToJuneThroughJanuaryToMarch() {
        FinancialYear year = new FinancialYear(2026);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 6, 30))).isEqualTo(1);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 7, 1))).isEqualTo(2);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(year.quarterStart(2)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(year.quarterEnd(1)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(year.quarterEnd(3)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(FinancialYear.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo(2);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2027, 3, 31))).isEqualTo(4);
        assertThat(FinancialYear.quarterOf(LocalDate.of(2027, 4, 1))).isEqualTo(1);
        assertThat(new FinancialYear(2026).quarterStart(3)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> year.quarterEnd(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsReadBackAndTheCenturyTurns() {
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026/27");
        assertThat(new FinancialYear(2026).shortLabel()).isEqualTo("26/27");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099/00");
        assertThat(FinancialYear.parse("2099/00")).isEqualTo(new FinancialYear(2099));
        assertThat(FinancialYear.parse("2026-27")).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.parse("2026/2027")).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.parse(new FinancialYear(2018).slug())).isEqualTo(new FinancialYear(2018));
        assertThatThrownBy(() -> FinancialYear.parse("2026/28")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinancialYear.parse("next year")).isInstanceOf(IllegalArgumentException.class);
    }
}
