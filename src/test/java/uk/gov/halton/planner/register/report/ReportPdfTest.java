package uk.gov.halton.planner.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.PdfReading;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.ReportTheme;

/**
 * The quarterly PDF, read back as a reader's PDF tool would: no character of the register's text goes missing; its
 * indicators table (like the page's) names last year, this year and the quarter.
 */
class ReportPdfTest {

    @Test
    void euroChineseAndEmojiSurviveAndWhatNoFontHasShowsAReplacement() throws Exception {
        String words = "€, 中文, 😀: funding €1,200 for leaflets 🚀 and Ωmega Straße";
        QuarterlyReport report = report("Priority 中文", words);

        String text = PdfReading.text(ReportPdf.render(report));

        assertThat(text)
                .contains("Priority 中文")
                .contains("€, 中文, 😀: funding €1,200")
                .contains("Ωmega Straße");
        // No embedded font has the rocket: a replacement character stands where it was, rather than nothing.
        assertThat(text).contains("leaflets \uFFFD and").doesNotContain("leaflets and");
    }

    @Test
    void theIndicatorHeadingsNameTheYearsAndTheQuarter() {
        assertThat(report("Priority", "Statement").indicatorHeadings())
                .containsExactly(
                        "Ref",
                        "Description",
                        "25/26 Actual",
                        "26/27 Target",
                        "Q2 26/27",
                        "Year to date",
                        "Against target",
                        "Same quarter last year");
    }

    /** A report of the second quarter of 2026-27 with no milestones or indicators. */
    private static QuarterlyReport report(String priorityName, String priorityStatement) {
        return new QuarterlyReport(
                ReportTheme.CCTV,
                new FinancialYear(2026),
                2,
                priorityName,
                priorityStatement,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                Instant.parse("2026-10-05T09:30:00Z"));
    }
}
