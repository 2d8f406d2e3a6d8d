package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/** The exercises export writes ISO 8601 times with their offset that other tools parse, and a date column. */
class ExerciseCsvTest {

    @Test
    void timesAreIso8601WithTheOffsetOfTheDayAndTheDateHasItsOwnColumn() throws Exception {
        String csv = ExerciseCsv.write(
                List.of(
                        exercise(1, LocalDateTime.of(2026, 11, 20, 10, 0)),
                        exercise(2, LocalDateTime.of(2026, 7, 2, 10, 0))),
                e -> "Univar Widnes",
                e -> "");

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(rows.get(0).get("Date (Europe/London)")).isEqualTo("2026-11-20");
        assertThat(rows.get(0).get("Starts")).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(rows.get(0).get("Ends")).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(rows.get(1).get("Starts")).isEqualTo("2026-07-02T10:00:00+01:00");
        assertThat(csv).doesNotContain("[Europe/London]");
        for (CSVRecord row : rows) {
            // What a script or spreadsheet would do with the cell: parse it as ISO 8601 with an offset.
            assertThat(OffsetDateTime.parse(row.get("Starts")).toLocalDate())
                    .isEqualTo(LocalDate.parse(row.get("Date (Europe/London)")));
        }
    }

    private static ExerciseSummary exercise(long id, LocalDateTime start) {
        ZonedDateTime startsAt = start.atZone(PlannerZone.zone());
        return ExerciseFixture.summary(id, startsAt, startsAt.plusHours(2));
    }
}
