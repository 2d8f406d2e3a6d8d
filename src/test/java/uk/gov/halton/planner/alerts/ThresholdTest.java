package uk.gov.halton.planner.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.Dates;

class ThresholdTest {

    @Test
    void anEscalationSaysWhoWasToldAfterTheTimeLeft() {
        LocalDate today = LocalDate.of(2026, 3, 29);
        assertThat(Dates.timeLeft(today.minusDays(8), today) + Threshold.escalation(Threshold.ESCALATION1))
                .isEqualTo("overdue by 8 days; nobody acknowledged it, so it went to the managers");
        assertThat(Threshold.escalation("D30")).isEmpty();
    }
}
