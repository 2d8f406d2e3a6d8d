package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against the published bank holidays of England and Wales (gov.uk/bank-holidays). */
class WorkingDaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bankHolidaysOfPublishedYears() {
        assertThat(WorkingDays.bankHolidays(2026))
                .containsExactly(
                        d("2026-01-01"),
                        d("2026-04-03"),
                        d("2026-04-06"),
                        d("2026-05-04"),
                        d("2026-05-25"),
                        d("2026-08-31"),
                        d("2026-12-25"),
                        d("2026-12-28"));
        // Christmas on a Saturday: Monday and Tuesday are the substitutes.
        assertThat(WorkingDays.bankHolidays(2027))
                .containsExactly(
                        d("2027-01-01"),
                        d("2027-03-26"),
                        d("2027-03-29"),
                        d("2027-05-03"),
                        d("2027-05-31"),
                        d("2027-08-30"),
                        d("2027-12-27"),
                        d("2027-12-28"));
        // New Year's Day on a Saturday (2022) moves to Monday 3 January; the jubilee moved the spring holiday.
        assertThat(WorkingDays.bankHolidays(2022))
                .contains(
                        d("2022-01-03"),
                        d("2022-06-02"),
                        d("2022-06-03"),
                        d("2022-09-19"),
                        d("2022-12-26"),
                        d("2022-12-27"))
                .doesNotContain(d("2022-05-30"));
        assertThat(WorkingDays.bankHolidays(2020)).contains(d("2020-05-08")).doesNotContain(d("2020-05-04"));
    }

    @Test
    void easterSundays() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(d("2038-04-25"));
    }

    @Test
    void workingDaysSkipWeekendsBankHolidaysAndTheChristmasBreak() {
        assertThat(WorkingDays.isWorkingDay(d("2026-12-23"))).isTrue();
        assertThat(WorkingDays.isWorkingDay(d("2026-12-24")))
                .as("Christmas Eve")
                .isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2026-12-29")))
                .as("between Christmas and New Year")
                .isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2027-01-04"))).isTrue();
        assertThat(WorkingDays.isWorkingDay(d("2026-04-03"))).as("Good Friday").isFalse();
        assertThat(WorkingDays.isWorkingDay(d("2026-11-28"))).as("Saturday").isFalse();
    }
}
