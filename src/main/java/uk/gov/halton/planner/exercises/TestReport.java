package uk.gov.halton.planner.exercises;

import java.time.ZonedDateTime;

/** The stored test report of an held exercise: a PDF and an editable OpenDocument text, with who produced it when. */
public record TestReport(
        long exerciseId, String exerciseName, ZonedDateTime producedAt, String producedBy, byte[] pdf, byte[] odt) {

    /** The in-app address of the report page, as listed with the plan's test record. */
    public static String link(long exerciseId) {
        return "exercises/" + exerciseId + "/report";
    }

    /** A file name for downloads, e.g. "test-report-exercise-12.pdf". */
    public String fileName(String extension) {
        return "test-report-exercise-" + exerciseId + "." + extension;
    }
}
