package uk.gov.halton.planner.exercises;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.report.ReportDocument;
import uk.gov.halton.planner.exercises.report.ReportDocumentOdt;
import uk.gov.halton.planner.exercises.report.ReportDocumentPdf;
import uk.gov.halton.planner.plans.PlanService;

/**
 * The test report of a held exercise, produced in one action after the debrief, stored with the exercise and listed
 * with each plan's test record. Producing it again replaces it (the debrief may have been completed since).
 */
@Service
@Transactional(readOnly = true)
public class TestReportService {

    private final ExerciseService exercises;
    private final ElementMarkService marks;
    private final DayLogService log;
    private final PlanService plans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<ExerciseParticipants> participants;

    TestReportService(
            ExerciseService exercises,
            ElementMarkService marks,
            DayLogService log,
            PlanService plans,
            JdbcClient jdbc,
            Clock clock,
            List<ExerciseParticipants> participants) {
        this.participants = participants;
        this.exercises = exercises;
        this.marks = marks;
        this.log = log;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public TestReport produce(long exerciseId) {
        ExerciseSummary exercise = exercises
                .find(exerciseId)
                .orElseThrow(() -> new InvalidInputException("id", "There is no exercise " + exerciseId + "."));
        if (exercise.status() != ExerciseStatus.HELD) {
            throw new InvalidInputException(
                    "status", "Mark the exercise held (and hold the debrief) before " + "producing its test report.");
        }
        ZonedDateTime now = clock.instant().atZone(PlannerZone.zone());
        String by = ExerciseService.currentUser();
        ReportDocument document = TestReportContent.build(new TestReportContent.Facts(
                exercise,
                exercises
                        .template(exercise.templateType())
                        .map(ExerciseTemplate::name)
                        .orElse(exercise.templateType()),
                exercise.planIds().stream()
                        .map(plans::find)
                        .flatMap(Optional::stream)
                        .toList(),
                marks.marks(exerciseId),
                log.attendees(exerciseId),
                participants.stream()
                        .flatMap(p -> p.participants(exerciseId).stream())
                        .toList(),
                log.injects(exerciseId),
                log.entries(exerciseId),
                exercises.lessons(exerciseId),
                exercises.actions(exerciseId),
                now,
                by));
        byte[] pdf = ReportDocumentPdf.render(document);
        byte[] odt = ReportDocumentOdt.render(document);
        OffsetDateTime at = DatabaseTime.of(now.toInstant());
        jdbc.sql("delete from exercise_test_report where exercise_id = ?")
                .param(exerciseId)
                .update();
        jdbc.sql("insert into exercise_test_report (exercise_id, produced_at, produced_by, pdf, odt) "
                        + "values (?, ?, ?, ?, ?)")
                .params(exerciseId, at, by, pdf, odt)
                .update();
        if (exercise.testsPlan()) {
            exercise.planIds().forEach(planId -> plans.attachReport(planId, exerciseId, TestReport.link(exerciseId)));
        }
        return new TestReport(exerciseId, exercise.name(), now, by, pdf, odt);
    }

    public Optional<TestReport> find(long exerciseId) {
        return jdbc.sql("select r.exercise_id, e.name, r.produced_at, r.produced_by, r.pdf, r.odt "
                        + "from exercise_test_report r join exercise e on e.id = r.exercise_id where r.exercise_id = ?")
                .param(exerciseId)
                .query((rs, n) -> new TestReport(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(PlannerZone.zone()),
                        rs.getString(4),
                        rs.getBytes(5),
                        rs.getBytes(6)))
                .optional();
    }

    /** Reports of exercises held in a financial year, for the register's PPT 06 milestone: id and name, by date. */
    public List<TestReport> heldIn(FinancialYear year) {
        return exercises.findAll().stream()
                .filter(e -> e.heldOn() != null && year.contains(e.heldOn()))
                .map(e -> find(e.id()))
                .flatMap(Optional::stream)
                .toList();
    }
}
