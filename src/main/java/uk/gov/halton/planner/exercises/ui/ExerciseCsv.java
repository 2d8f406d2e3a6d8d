package uk.gov.halton.planner.exercises.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * The exercises export. Times are ISO 8601 local date and time with the offset in force in London that day
 * (2026-11-20T10:00:00Z in winter, 2026-07-02T10:00:00+01:00 in summer), which spreadsheets and scripts read; Java's
 * own form with a bracketed zone name ("[Europe/London]") they do not. The date has a column of its own.
 */
final class ExerciseCsv {

    /** The header names the planner's zone, asked when the file is written (not when the class loads). */
    static List<String> header() {
        return List.of(
                "Id",
                "Exercise",
                "Type",
                "Date (" + PlannerZone.zone().getId() + ")",
                "Starts",
                "Ends",
                "Status",
                "Plans tested",
                "Plan elements tested",
                "Location");
    }

    /** XXX writes Z for a zero offset, +01:00 otherwise; seconds always, so every value has one shape. */
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private ExerciseCsv() {}

    /** {@code elements} gives the exercise's marked elements with their results (ElementMarkService#testedText). */
    static String write(
            List<ExerciseSummary> exercises,
            Function<ExerciseSummary, String> plans,
            Function<ExerciseSummary, String> elements) {
        return CsvCells.write(
                header(),
                exercises.stream()
                        .map(e -> List.of(
                                String.valueOf(e.id()),
                                e.name(),
                                e.templateType(),
                                e.date().toString(),
                                time(e.startsAt()),
                                time(e.endsAt()),
                                e.status().label(),
                                plans.apply(e),
                                elements.apply(e),
                                e.location() == null ? "" : e.location()))
                        .toList());
    }

    static String time(ZonedDateTime time) {
        return time.format(WITH_OFFSET);
    }
}
