package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.TestReport;
import uk.gov.halton.planner.exercises.TestReportService;
import uk.gov.halton.planner.exercises.report.ReportDocumentOdt;

/** The test report of an exercise: produced in one action after the debrief, downloaded as PDF or editable ODT. */
@Route("exercises/:id(\\d+)/report")
@PermitAll
public class TestReportView extends ExercisePage {

    private final TestReportService reports;

    public TestReportView(TestReportService reports, ExerciseService exercises, AuthenticationContext authentication) {
        super(exercises, authentication, "Test report");
        this.reports = reports;
    }

    @Override
    void render() {
        removeAll();
        add(header());
        add(new Paragraph("The report of the test: the plans and elements tested with their results, objectives, "
                + "participants and attendance by organisation, the timeline planned against actual, the hot and "
                + "cold debriefs, lessons, and actions with owners and due dates. It is listed with each plan's "
                + "test record and with milestone PPT 06 in the register."));
        var stored = reports.find(exercise.id());
        if (stored.isEmpty()) {
            add(new Paragraph(
                    exercise.status() == ExerciseStatus.HELD
                            ? "Not produced yet."
                            : "An exercise's report is produced once it is held and debriefed."));
        }
        stored.ifPresent(r -> {
            Paragraph produced =
                    new Paragraph("Produced " + Dates.day(r.producedAt().toLocalDate()) + " at "
                            + String.format("%tR", r.producedAt()) + " by " + r.producedBy() + ".");
            produced.addClassName("report-produced");
            HorizontalLayout downloads = new HorizontalLayout(
                    download(r, "pdf", "application/pdf", TestReport::pdf, "Download the report (PDF)"),
                    download(
                            r,
                            "odt",
                            ReportDocumentOdt.MIME,
                            TestReport::odt,
                            "Download the editable document (ODT, opens in Word)"));
            downloads.setWrap(true);
            add(produced, downloads);
        });
        if (canEdit && exercise.status() == ExerciseStatus.HELD) {
            Button produce =
                    new Button(stored.isPresent() ? "Produce the report again" : "Produce the test report", e -> {
                        if (Ui.attempt(() -> reports.produce(exercise.id()))) {
                            Kit.done("Report produced");
                            render();
                        }
                    });
            produce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            produce.addClassName("produce-report");
            add(produce);
        }
    }

    private static Anchor download(
            TestReport report, String extension, String type, Function<TestReport, byte[]> bytes, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.apply(report);
                    return new DownloadResponse(
                            new ByteArrayInputStream(content), report.fileName(extension), type, content.length);
                }),
                text);
        anchor.setDownload(true);
        anchor.addClassName("report-" + extension);
        return anchor;
    }
}
