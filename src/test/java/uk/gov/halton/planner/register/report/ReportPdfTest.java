package uk.gov.halton.planner.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.PdfReading;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.ReportTheme;

/** The quarterly PDF, read back as a reader's PDF tool would: no character of the register's text goes missing. */
class ReportPdfTest {

    @Test
    void euroChineseAndEmojiSurviveAndWhatNoFontHasShowsAReplacement() throws Exception {
        String words = "€, 中文, 😀: funding €1,200 for leaflets 🚀 and Ωmega Straße";
        QuarterlyReport report = new QuarterlyReport(
                ReportTheme.CCTV,
                new FinancialYear(2026),
                2,
                "Priority 中文",
                words,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                Instant.parse("2026-10-05T09:30:00Z"));

        String text = PdfReading.text(ReportPdf.render(report));

        assertThat(text)
                .contains("Priority 中文")
                .contains("€, 中文, 😀: funding €1,200")
                .contains("Ωmega Straße");
        // No embedded font has the rocket: a replacement character stands where it was, rather than nothing.
        assertThat(text).contains("leaflets \uFFFD and").doesNotContain("leaflets and");
    }
}
