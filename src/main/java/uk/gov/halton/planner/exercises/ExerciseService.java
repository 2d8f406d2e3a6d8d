package uk.gov.halton.planner.exercises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.exercises.domain.ActionEntity;
import uk.gov.halton.planner.exercises.domain.ActionRepository;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.exercises.domain.LessonEntity;
import uk.gov.halton.planner.exercises.domain.LessonRepository;
import uk.gov.halton.planner.exercises.templates.ExerciseTemplates;

/**
 * The public API of exercises, and where its security and transactions are declared. Reads are open to every
 * signed-in role (and to jobs); writes need a planner or an administrator. The work is done by one class per
 * responsibility in this package: {@link ExerciseDrafts} (drafts, create and edit), {@link ExerciseLifeCycle}
 * (schedule to held), {@link ExerciseDebriefs} (debriefs, lessons, actions) and {@link LessonsExport}; the shared
 * steps after a change (Quartz reminders, events) are in {@link ExerciseRecords}. Times are taken and shown in the
 * planner's zone (Europe/London).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ExerciseService {

    static final String WRITERS = "hasAnyRole('PLANNER','ADMIN')";
    public static final LocalTime DEFAULT_START = LocalTime.of(10, 0);
    /** A cold debrief is held two to six weeks after the exercise. */
    public static final int COLD_DEBRIEF_MIN_DAYS = 14;

    public static final int COLD_DEBRIEF_MAX_DAYS = 42;

    private final ExerciseRepository exercises;
    private final LessonRepository lessons;
    private final ActionRepository actions;
    private final ExerciseTemplates templates;
    private final ExerciseDrafts drafts;
    private final ExerciseLifeCycle lifeCycle;
    private final ExerciseDebriefs debriefs;
    private final LessonsExport lessonsExport;
    private final Clock clock;

    ExerciseService(
            ExerciseRepository exercises,
            LessonRepository lessons,
            ActionRepository actions,
            ExerciseTemplates templates,
            ExerciseDrafts drafts,
            ExerciseLifeCycle lifeCycle,
            ExerciseDebriefs debriefs,
            LessonsExport lessonsExport,
            Clock clock) {
        this.exercises = exercises;
        this.lessons = lessons;
        this.actions = actions;
        this.templates = templates;
        this.drafts = drafts;
        this.lifeCycle = lifeCycle;
        this.debriefs = debriefs;
        this.lessonsExport = lessonsExport;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reads

    public List<ExerciseTemplate> templates() {
        return templates.findAll();
    }

    public Optional<ExerciseTemplate> template(String type) {
        return templates.find(type);
    }

    public List<ExerciseSummary> findAll() {
        return exercises.findAllByOrderByStartsAtAsc().stream()
                .map(Exercises::summary)
                .toList();
    }

    public Optional<ExerciseSummary> find(long id) {
        return exercises.findById(id).map(Exercises::summary);
    }

    /**
     * Exercises starting on a day from {@code from} to {@code to} inclusive (planner's zone): from the start of
     * {@code from} up to, not including, the start of the day after {@code to}. An exercise belongs to the day, and
     * so the financial year, in which it starts, however long it runs.
     */
    public List<ExerciseSummary> between(LocalDate from, LocalDate to) {
        return exercises
                .findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
                        from.atStartOfDay(PlannerZone.zone()).toInstant(),
                        to.plusDays(1).atStartOfDay(PlannerZone.zone()).toInstant())
                .stream()
                .map(Exercises::summary)
                .toList();
    }

    public List<Lesson> lessons(long exerciseId) {
        return lessons.findByExerciseIdOrderById(exerciseId).stream()
                .map(LessonEntity::toRecord)
                .toList();
    }

    public List<ExerciseActionItem> actions(long exerciseId) {
        return actions.findByExerciseIdOrderByDueOn(exerciseId).stream()
                .map(ActionEntity::toRecord)
                .toList();
    }

    /** A draft filled from a template for a plan: name, agencies, objectives and the usual duration. */
    public ExerciseDraft draftFromTemplate(String type, List<String> planIds, LocalDate date) {
        return drafts.fromTemplate(type, planIds, date);
    }

    /** Lessons of every exercise as CSV for the national Joint Organisational Learning (JOL) system. */
    public String lessonsCsv() {
        return lessonsExport.csv();
    }

    // ---- drafts

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary create(@Valid ExerciseDraft draft) {
        return drafts.create(draft);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary update(long id, long rowVersion, @Valid ExerciseDraft draft) {
        return drafts.update(id, rowVersion, draft);
    }

    // ---- life cycle (what each status allows: ExerciseStatus)

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary schedule(long id) {
        return lifeCycle.schedule(id);
    }

    /** Moves an exercise to new times; a postponed exercise given a new date is scheduled again. */
    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary move(long id, long rowVersion, LocalDateTime startsAt, LocalDateTime endsAt) {
        return lifeCycle.move(id, rowVersion, startsAt, endsAt);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary postpone(
            long id,
            @NotBlank(message = "Give the reason for postponing.") @Size(max = 500) @PlainText("The postpone reason")
                    String postponeReason) {
        return lifeCycle.postpone(id, postponeReason);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary cancel(long id, @Size(max = 500) @PlainText("The cancel reason") String cancelReason) {
        return lifeCycle.cancel(id, cancelReason);
    }

    /**
     * Marks a scheduled exercise held on {@code heldOn} (on or after its date, not in the future). When it tests
     * plans, each plan's last-tested date moves to it and its next test falls due three years on (plans hears
     * {@link ExerciseHeld} in this transaction).
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary markHeld(long id, LocalDate heldOn) {
        return lifeCycle.markHeld(id, heldOn);
    }

    // ---- debriefs, lessons and actions

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordHotDebrief(
            long id,
            long rowVersion,
            @NotBlank(message = "Write up the hot debrief.") @Size(max = 4000) @PlainText("The hot debrief")
                    String hotDebrief) {
        return debriefs.recordHotDebrief(id, rowVersion, hotDebrief);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordColdDebrief(
            long id,
            long rowVersion,
            LocalDate on,
            @NotBlank(message = "Write up the cold debrief.") @Size(max = 4000) @PlainText("The cold debrief")
                    String coldDebrief) {
        return debriefs.recordColdDebrief(id, rowVersion, on, coldDebrief);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordPublicInformation(
            long id,
            long rowVersion,
            @Size(max = 300) @SingleLine("How the public was informed") String publicInformed) {
        return debriefs.recordPublicInformation(id, rowVersion, publicInformed);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public Lesson addLesson(
            long exerciseId,
            Lesson.Category category,
            @Size(max = 200) @SingleLine("The plan element") String planElement,
            @NotBlank(message = "Write the lesson.") @Size(max = 2000) @PlainText("The lesson") String text) {
        return debriefs.addLesson(exerciseId, category, planElement, text);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem addAction(
            long exerciseId,
            @NotBlank(message = "Say what is to be done.") @Size(max = 1000) @PlainText("The description")
                    String description,
            @NotBlank(message = "Every action needs an owner.") @Size(max = 100) @SingleLine("The owner") String owner,
            LocalDate dueOn) {
        return debriefs.addAction(exerciseId, description, owner, dueOn);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem setActionDone(long actionId, boolean done) {
        return debriefs.setActionDone(actionId, done);
    }

    static String currentUser() {
        return ExerciseRecords.currentUser();
    }
}
