package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.PdfReading;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.report.ReportDocumentOdt;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;
import uk.gov.halton.planner.register.domain.ComahLink;

/**
 * The day log feeds the test report; the report, read back from the PDF and from the editable document, names the
 * elements and their results, the attendees by organisation, the timeline and the actions, and is listed with the
 * plan's test and the PPT 06 milestone.
 */
@PlannerContextTest
@Transactional
@WithMockUser(username = "planner", roles = "PLANNER")
class TestReportTest {

    @Autowired
    PlanRepository planRecords;

    @Autowired
    PlanService plans;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ElementMarkService marks;

    @Autowired
    DayLogService log;

    @Autowired
    TestReportService reports;

    @Autowired
    ComahLink comah;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theReportOfAHeldExerciseNamesItsElementsAttendeesTimelineAndActions() throws IOException {
        String planId = "report-" + UUID.randomUUID().toString().substring(0, 8);
        planRecords.save(new Plan(planId, "Report plan " + planId));
        LocalDate day = LocalDate.of(2050, 5, 12);
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        long id = exercises
                .schedule(exercises
                        .create(new ExerciseDraft(
                                "Operation Slate",
                                "tabletop",
                                List.of(planId),
                                day.atTime(LocalTime.of(10, 0)),
                                day.atTime(LocalTime.of(14, 0)),
                                "Municipal Building",
                                List.of("Cheshire Fire and Rescue Service"),
                                "Test the call-out cascade",
                                null,
                                true))
                        .id())
                .id();
        marks.mark(id, planId, "warning-and-call-out", ElementResult.TO_BE_TESTED, null);
        marks.mark(id, planId, "informing-the-public", ElementResult.TO_BE_TESTED, null);
        assertThatThrownBy(() -> reports.produce(id)).isInstanceOf(InvalidInputException.class);

        // On the day: two facilitators; the first to mark an inject delivered stands; a resent entry is kept once.
        List<Inject> timeline = log.startFromOutline(id);
        assertThat(log.startFromOutline(id)).hasSameSizeAs(timeline);
        assertThat(timeline.getFirst().plannedAt()).isEqualTo("10:00");
        clock.set(day.atTime(10, 4).atZone(ZoneId.of("Europe/London")).toInstant());
        Inject first = log.markDelivered(timeline.getFirst().id());
        clock.advance(Duration.ofMinutes(1));
        assertThat(log.markDelivered(timeline.getFirst().id()).deliveredAt()).isEqualTo(first.deliveredAt());
        log.addAttendee(id, "Sam Okafor", "Cheshire Fire and Rescue Service");
        log.addAttendee(id, "Priya Shah", "Halton Borough Council");
        log.addAttendee(id, "Lee Ward", "Halton Borough Council");
        log.log(id, LogEntry.Kind.DECISION, "Advise shelter in place for Weston", "key-1");
        log.log(id, LogEntry.Kind.DECISION, "Advise shelter in place for Weston", "key-1");
        assertThat(log.entries(id))
                .singleElement()
                .satisfies(e -> assertThat(e.loggedAt().toLocalTime()).isEqualTo(LocalTime.of(10, 5)));

        clock.set(day.atTime(16, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        exercises.markHeld(id, day);
        marks.mark(id, planId, "warning-and-call-out", ElementResult.MET, "Cascade complete in 12 minutes");
        marks.mark(id, planId, "informing-the-public", ElementResult.PARTLY_MET, "Media line late");
        ExerciseSummary held = exercises.find(id).orElseThrow();
        exercises.recordHotDebrief(id, held.rowVersion(), "Call-out worked; media line slow.");
        exercises.addLesson(id, Lesson.Category.LEARNING_POINT, "Informing the public", "Pre-agree media lines");
        exercises.addAction(id, "Draft holding statements for the media", "Comms team", day.plusMonths(2));

        TestReport report = reports.produce(id);
        String pdf = PdfReading.text(report.pdf());
        assertThat(pdf)
                .contains(
                        "Test report: Operation Slate",
                        "Early warning, alert and call-out",
                        "Met",
                        "Informing the public and neighbours",
                        "Partly met",
                        "Sam Okafor",
                        "Cheshire Fire and Rescue Service",
                        "Lee Ward, Priya Shah",
                        "Halton Borough Council",
                        "10:04",
                        "4 min late",
                        "Not delivered",
                        "Advise shelter in place for Weston",
                        "Call-out worked",
                        "Pre-agree media lines",
                        "Draft holding statements for the media",
                        "Comms team",
                        "12 July 2050",
                        "Test the call-out cascade");
        String odt = odtContent(report.odt());
        assertThat(odt)
                .contains(
                        "Early warning, alert and call-out",
                        "Sam Okafor",
                        "Draft holding statements for the media",
                        "Comms team",
                        "<table:table");

        assertThat(reports.find(id))
                .hasValueSatisfying(r -> assertThat(r.producedBy()).isEqualTo("planner"));
        assertThat(plans.tests(planId))
                .singleElement()
                .satisfies(t -> assertThat(t.reportLink()).isEqualTo("exercises/" + id + "/report"));
        assertThat(comah.testReports(FinancialYear.of(day)))
                .anySatisfy(r -> assertThat(r.link()).isEqualTo("exercises/" + id + "/report"));
    }

    /** The mimetype comes first, stored, as OpenDocument requires; then the content. */
    private static String odtContent(byte[] odt) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo(ReportDocumentOdt.MIME);
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No content.xml");
    }
}
