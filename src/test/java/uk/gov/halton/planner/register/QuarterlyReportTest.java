package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.ReportTheme;

/** The indicators table of the report (the page's and the PDF's) names last year, this year and the quarter. */
class QuarterlyReportTest {

    @Test
    void theIndicatorHeadingsNameTheYearsAndTheQuarter() {
        QuarterlyReport report = new QuarterlyReport(
                ReportTheme.CCTV,
                new FinancialYear(2026),
                2,
                "Priority",
                "Statement",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                Instant.parse("2026-10-05T09:30:00Z"));

        assertThat(report.indicatorHeadings())
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
}
