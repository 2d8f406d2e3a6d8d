package uk.gov.halton.planner.exercises.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.PdfReading;

/** An exercise's test report as a PDF, read back: names in any script print, as in the register's report. */
class ReportDocumentPdfTest {

    @Test
    void titleHeadingsParagraphsAndTableCellsKeepEveryCharacter() throws Exception {
        ReportDocument report = new ReportDocument("Test report: Operation Ωmega", "Held 3 März 2050")
                .heading("Participants 参加者")
                .para("Observer: Zoë Παπαδοπούλου")
                .table(List.of("Name", "Organisation"), List.of(List.of("王芳", "Straße Fire €")), "None");

        String text = PdfReading.text(ReportDocumentPdf.render(report));

        assertThat(text)
                .contains(
                        "Test report: Operation Ωmega",
                        "Held 3 März 2050",
                        "Participants 参加者",
                        "Observer: Zoë Παπαδοπούλου",
                        "王芳",
                        "Straße Fire €",
                        "Page 1");
    }
}
