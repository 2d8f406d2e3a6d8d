package uk.gov.halton.planner.alerts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLeftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 29);

    @Test
    void theTimeLeftIsCountedInDaysWithTheRightPlural() {
        assertThat(TimeLeft.describe(TODAY.plusDays(11), TODAY)).isEqualTo("due in 11 days");
        assertThat(TimeLeft.describe(TODAY.plusDays(2), TODAY)).isEqualTo("due in 2 days");
        assertThat(TimeLeft.describe(TODAY.plusDays(1), TODAY)).isEqualTo("due tomorrow");
        assertThat(TimeLeft.describe(TODAY, TODAY)).isEqualTo("due today");
        assertThat(TimeLeft.describe(TODAY.minusDays(1), TODAY)).isEqualTo("overdue by 1 day");
        assertThat(TimeLeft.describe(TODAY.minusDays(3), TODAY)).isEqualTo("overdue by 3 days");
    }

    @Test
    void anEscalationSaysWhoWasToldAfterTheTimeLeft() {
        assertThat(TimeLeft.describe(TODAY.minusDays(8), TODAY) + Threshold.escalation(Threshold.ESCALATION1))
                .isEqualTo("overdue by 8 days; nobody acknowledged it, so it went to the managers");
        assertThat(Threshold.escalation("D30")).isEmpty();
    }
}
