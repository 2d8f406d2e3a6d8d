package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.gov.halton.planner.base.FinancialYear;

/** Everything one thematic quarterly report shows; the page and the PDF are both drawn from it. */
public record QuarterlyReport(
        ReportTheme theme,
        FinancialYear year,
        int quarter,
        String priorityName,
        String priorityStatement,
        List<RegisterText> keyDevelopments,
        List<RegisterText> emergingIssues,
        List<MilestoneRow> milestones,
        List<IndicatorRow> indicators,
        boolean sample,
        Instant generatedAt) {

    public record MilestoneRow(
            String objectiveRef, long objectiveId, Milestone milestone, ProgressService.Progress progress) {}

    public record IndicatorRow(
            Indicator indicator,
            BigDecimal previousYearActual,
            BigDecimal target,
            BigDecimal quarterValue,
            BigDecimal toDate,
            BigDecimal targetToDate,
            TrafficLight light,
            Direction direction,
            boolean sample,
            String note) {}

    /** The headings of the indicators table: the page and the PDF show the same columns. */
    public List<String> indicatorHeadings() {
        String previous = year.previous().shortLabel();
        String current = year.shortLabel();
        return List.of(
                "Ref",
                "Description",
                previous + " Actual",
                current + " Target",
                "Q" + quarter + " " + current,
                "Year to date",
                "Against target",
                "Same quarter last year");
    }

    public String title() {
        return "Safer Halton Partnership: " + theme.title() + ", " + FinancialYear.quarterName(quarter) + " "
                + year.label();
    }
}
