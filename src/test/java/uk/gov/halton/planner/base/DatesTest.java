package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 29);

    @Test
    void theTimeLeftIsCountedInDaysWithTheRightPlural() {
        assertThat(Dates.timeLeft(TODAY.plusDays(11), TODAY)).isEqualTo("due in 11 days");
        assertThat(Dates.timeLeft(TODAY.plusDays(2), TODAY)).isEqualTo("due in 2 days");
        assertThat(Dates.timeLeft(TODAY.plusDays(1), TODAY)).isEqualTo("due tomorrow");
        assertThat(Dates.timeLeft(TODAY, TODAY)).isEqualTo("due today");
        assertThat(Dates.timeLeft(TODAY.minusDays(1), TODAY)).isEqualTo("overdue by 1 day");
        assertThat(Dates.timeLeft(TODAY.minusDays(3), TODAY)).isEqualTo("overdue by 3 days");
    }

    @Test
    void datesAreWrittenOutInFullOrShortForTables() {
        assertThat(Dates.day(LocalDate.of(2027, 3, 14))).isEqualTo("14 March 2027");
        assertThat(Dates.shortDay(LocalDate.of(2027, 3, 14))).isEqualTo("14 Mar 2027");
        assertThat(Dates.day(null)).isEmpty();
        assertThat(Dates.plural(1, "exercise")).isEqualTo("1 exercise");
        assertThat(Dates.plural(2, "exercise")).isEqualTo("2 exercises");
    }
}
