package uk.gov.halton.planner.exercises;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.ActionEntity;
import uk.gov.halton.planner.exercises.domain.ActionRepository;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.exercises.domain.Exercise;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.exercises.domain.LessonEntity;
import uk.gov.halton.planner.exercises.domain.LessonRepository;
import uk.gov.halton.planner.exercises.schedule.JobScheduling;
import uk.gov.halton.planner.exercises.templates.ExerciseTemplates;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public API of exercises. Reads are open to every signed-in role (and to jobs); writes need a planner or an
 * administrator. Times are taken and shown in Europe/London.
 */
@Service
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
    private final PlanService plans;
    private final JobScheduling scheduling;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final EditConflicts conflicts;

    ExerciseService(ExerciseRepository exercises, LessonRepository lessons, ActionRepository actions,
                    ExerciseTemplates templates, PlanService plans, JobScheduling scheduling, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events, EditConflicts conflicts) {
        this.events = events;
        this.conflicts = conflicts;
        this.exercises = exercises;
        this.lessons = lessons;
        this.actions = actions;
        this.templates = templates;
        this.plans = plans;
        this.scheduling = scheduling;
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
        return exercises.findAllByOrderByStartsAtAsc().stream().map(Exercises::summary).toList();
    }

    public Optional<ExerciseSummary> find(long id) {
        return exercises.findById(id).map(Exercises::summary);
    }

    /**
     * Exercises starting on a day from {@code from} to {@code to} inclusive (Europe/London): from the start of
     * {@code from} up to, not including, the start of the day after {@code to}. An exercise belongs to the day, and so
     * the financial year, in which it starts, however long it runs.
     */
    public List<ExerciseSummary> between(LocalDate from, LocalDate to) {
        return exercises.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
                        from.atStartOfDay(PlannerZone.zone()).toInstant(),
                        to.plusDays(1).atStartOfDay(PlannerZone.zone()).toInstant())
                .stream().map(Exercises::summary).toList();
    }

    public List<Lesson> lessons(long exerciseId) {
        return lessons.findByExerciseIdOrderById(exerciseId).stream().map(LessonEntity::toRecord).toList();
    }

    public List<ExerciseActionItem> actions(long exerciseId) {
        return actions.findByExerciseIdOrderByDueOn(exerciseId).stream().map(ActionEntity::toRecord).toList();
    }

    /** A draft filled from a template for a plan: name, agencies, objectives and the usual duration. */
    public ExerciseDraft draftFromTemplate(String type, List<String> planIds, LocalDate date) {
        ExerciseTemplate template = templates.find(type)
                .orElseThrow(() -> new InvalidInputException("templateType", "There is no exercise template '" + type + "'."));
        String planTitles = planIds.stream().map(plans::find).flatMap(Optional::stream).map(PlanSummary::title)
                .collect(Collectors.joining(", "));
        LocalDateTime start = date.atTime(DEFAULT_START);
        return new ExerciseDraft(template.name() + (planTitles.isEmpty() ? "" : " – " + planTitles), type,
                planIds, "", start, start.plus(template.usualDuration()), "", template.agencies(),
                String.join("\n", template.objectives()), "", true);
    }

    /** Lessons of every exercise as CSV for the national Joint Organisational Learning (JOL) system. */
    public String lessonsCsv() {
        Map<Long, ExerciseSummary> byId = findAll().stream()
                .collect(Collectors.toMap(ExerciseSummary::id, Function.identity()));
        Map<String, String> titles = plans.findAll().stream()
                .collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        Map<String, String> typeNames = templates().stream()
                .collect(Collectors.toMap(ExerciseTemplate::type, ExerciseTemplate::name));
        List<List<String>> rows = new ArrayList<>();
        for (LessonEntity entity : lessons.findAll()) {
            Lesson l = entity.toRecord();
            ExerciseSummary e = byId.get(l.exerciseId());
            rows.add(List.of(String.valueOf(l.id()), e.name(), e.date().toString(),
                    typeNames.getOrDefault(e.templateType(), e.templateType()),
                    e.planIds().stream().map(id -> titles.getOrDefault(id, id)).collect(Collectors.joining("; ")),
                    nz(l.planElement()), l.category().label(), l.text(), String.join("; ", e.agencies()),
                    nz(e.location()), l.recordedOn().toString(), l.recordedBy(), "Halton Borough Council"));
        }
        return CsvCells.write(List.of("Lesson ID", "Exercise", "Exercise date", "Exercise type", "Plans tested",
                "Plan element", "Category", "Lesson", "Participating agencies", "Location", "Recorded on",
                "Recorded by", "Organisation"), rows);
    }

    // ---- writes

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary create(ExerciseDraft draft) {
        Exercise exercise = new Exercise(draft.templateType(), currentUser());
        apply(exercise, draft);
        exercises.save(exercise);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary update(long id, long rowVersion, ExerciseDraft draft) {
        Exercise exercise = opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.EDIT);
        apply(exercise, draft);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary schedule(long id) {
        Exercise exercise = get(id);
        exercise.setStatus(exercise.getStatus().next(ExerciseStep.SCHEDULE));
        exercise.setPostponeReason(null);
        return sync(exercise);
    }

    /** Moves an exercise to new times; a postponed exercise given a new date is scheduled again. */
    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary move(long id, long rowVersion, LocalDateTime startsAt, LocalDateTime endsAt) {
        Exercise exercise = opened(id, rowVersion);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.MOVE);
        checkTimes(startsAt, endsAt);
        exercise.setStartsAt(startsAt.atZone(PlannerZone.zone()).toInstant());
        exercise.setEndsAt(endsAt.atZone(PlannerZone.zone()).toInstant());
        if (next != exercise.getStatus()) {
            exercise.setStatus(next);
            exercise.setPostponeReason(null);
        }
        return sync(exercise, new ExerciseMoved(exercise.getId(), startsAt, endsAt, next));
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary postpone(long id, String reason) {
        Exercise exercise = get(id);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.POSTPONE);
        String why = text(reason, 500, "postponeReason");
        if (why == null) {
            throw new InvalidInputException("postponeReason", "Give the reason for postponing.");
        }
        exercise.setStatus(next);
        exercise.setPostponeReason(why);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary cancel(long id, String reason) {
        Exercise exercise = get(id);
        exercise.setStatus(exercise.getStatus().next(ExerciseStep.CANCEL));
        exercise.setCancelReason(text(reason, 500, "cancelReason"));
        return sync(exercise);
    }

    /**
     * Marks a scheduled exercise held on {@code heldOn} (on or after its date, not in the future). When it tests
     * plans, each plan's last-tested date moves to it and its next test falls due three years on.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary markHeld(long id, LocalDate heldOn) {
        Exercise exercise = get(id);
        ExerciseStatus next = exercise.getStatus().next(ExerciseStep.MARK_HELD);
        LocalDate date = exercise.getStartsAt().atZone(PlannerZone.zone()).toLocalDate();
        LocalDate lastDay = exercise.getEndsAt().atZone(PlannerZone.zone()).toLocalDate();
        if (heldOn == null || heldOn.isBefore(date) || heldOn.isAfter(lastDay)) {
            // The held date becomes the plan's last test: a later date would stretch the statutory three years.
            throw new InvalidInputException("heldOn", "An exercise is held on its date"
                    + (lastDay.equals(date) ? " (" + date + ")." : "s (" + date + " to " + lastDay + ")."));
        }
        DateRules.notFuture("heldOn", "An exercise held", heldOn, today());
        exercise.setStatus(next);
        exercise.setHeldOn(heldOn);
        // Plans hears this and records the test of each plan, in this transaction.
        return sync(exercise, new ExerciseHeld(exercise.getId(), exercise.getName(), heldOn, exercise.planIdList(),
                exercise.isTestsPlan()));
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordHotDebrief(long id, long rowVersion, String notes) {
        Exercise exercise = opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.DEBRIEF);
        exercise.setHotDebrief(required(notes, 4000, "hotDebrief", "Write up the hot debrief."));
        return Exercises.summary(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordColdDebrief(long id, long rowVersion, LocalDate on, String notes) {
        Exercise exercise = opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.DEBRIEF);
        LocalDate earliest = exercise.getHeldOn().plusDays(COLD_DEBRIEF_MIN_DAYS);
        LocalDate latest = exercise.getHeldOn().plusDays(COLD_DEBRIEF_MAX_DAYS);
        if (on == null || on.isBefore(earliest) || on.isAfter(latest)) {
            throw new InvalidInputException("coldDebriefOn", "A cold debrief is held two to six weeks after the "
                    + "exercise: between " + earliest + " and " + latest + ".");
        }
        DateRules.notFuture("coldDebriefOn", "A cold debrief", on, today());
        exercise.setColdDebriefOn(on);
        exercise.setColdDebrief(required(notes, 4000, "coldDebrief", "Write up the cold debrief."));
        return sync(exercise); // the cold debrief prompt is no longer owed
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordPublicInformation(long id, long rowVersion, String howInformed) {
        Exercise exercise = opened(id, rowVersion);
        exercise.setPublicInformed(text(howInformed, 300, "publicInformed"));
        return Exercises.summary(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public Lesson addLesson(long exerciseId, Lesson.Category category, String planElement, String text) {
        Exercise exercise = get(exerciseId);
        exercise.getStatus().next(ExerciseStep.RECORD_LESSONS);
        if (category == null) {
            throw new InvalidInputException("category", "Choose what kind of lesson this is.");
        }
        LessonEntity lesson = lessons.save(new LessonEntity(exerciseId, category, text(planElement, 200, "planElement"),
                required(text, 2000, "text", "Write the lesson."), today(), currentUser()));
        return lesson.toRecord();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem addAction(long exerciseId, String description, String owner, LocalDate dueOn) {
        get(exerciseId);
        String what = required(description, 1000, "description", "Say what is to be done.");
        String who = required(owner, 100, "owner", "Every action needs an owner.");
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "Every action needs a due date.");
        }
        DateRules.check("dueOn", "The due date", dueOn);
        ExerciseActionItem added = actions.save(new ActionEntity(exerciseId, what, who, dueOn)).toRecord();
        events.publishEvent(new ExerciseActionChanged(exerciseId, added.id(), false));
        return added;
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem setActionDone(long actionId, boolean done) {
        ActionEntity action = actions.findById(actionId)
                .orElseThrow(() -> new InvalidInputException("actionId", "There is no action " + actionId + "."));
        action.setDone(done);
        ExerciseActionItem changed = action.toRecord();
        events.publishEvent(new ExerciseActionChanged(changed.exerciseId(), actionId, done));
        return changed;
    }

    // ---- helpers

    private void apply(Exercise exercise, ExerciseDraft draft) {
        exercise.setName(required(draft.name(), 200, "name", "An exercise needs a name."));
        if (draft.templateType() == null || templates.find(draft.templateType()).isEmpty()) {
            throw new InvalidInputException("templateType", "Choose an exercise type.");
        }
        exercise.setTemplateType(draft.templateType());
        List<String> planIds = draft.planIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.planIds()));
        if (planIds.isEmpty()) {
            throw new InvalidInputException("planIds", "Choose the plan (or plans) the exercise tests.");
        }
        for (String planId : planIds) {
            if (plans.find(planId).isEmpty()) {
                throw new InvalidInputException("planIds", "There is no plan '" + planId + "'.");
            }
        }
        exercise.setPlanIdList(planIds);
        checkTimes(draft.startsAt(), draft.endsAt());
        exercise.setStartsAt(draft.startsAt().atZone(PlannerZone.zone()).toInstant());
        exercise.setEndsAt(draft.endsAt().atZone(PlannerZone.zone()).toInstant());
        exercise.setPlanElements(text(draft.planElements(), 2000, "planElements"));
        exercise.setLocation(text(draft.location(), 300, "location"));
        List<String> agencies = draft.agencies() == null ? List.of()
                : draft.agencies().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
        if (String.join("\n", agencies).length() > 2000) {
            throw new InvalidInputException("agencies", "The list of agencies is too long (at most 2000 characters).");
        }
        agencies.forEach(a -> TextRules.check("agencies", "An agency's name", a));
        exercise.setAgencyList(agencies);
        exercise.setObjectives(text(draft.objectives(), 4000, "objectives"));
        exercise.setScenario(text(draft.scenario(), 4000, "scenario"));
        exercise.setTestsPlan(draft.testsPlan());
    }

    private static void checkTimes(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            throw new InvalidInputException("startsAt", "Enter the date and start time.");
        }
        DateRules.check("startsAt", "The date of the exercise", start.toLocalDate());
        if (end == null || !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "The exercise must end after it starts.");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidInputException("endsAt", "An exercise lasts at most seven days.");
        }
    }

    private ExerciseSummary sync(Exercise exercise) {
        exercises.flush(); // the new id, for the event
        return sync(exercise, new ExerciseChanged(exercise.getId(), exercise.getStatus()));
    }

    /** Keeps the exercise's reminders in step and tells other modules (alerts sweeps again once this commits). */
    private ExerciseSummary sync(Exercise exercise, ExerciseEvent event) {
        exercises.flush(); // so that the summary carries the new version for the user's next edit
        ExerciseSummary summary = Exercises.summary(exercise);
        scheduling.syncExercise(summary);
        events.publishEvent(event);
        return summary;
    }

    /** The exercise to change, if it is still the version the user opened. */
    private Exercise opened(long id, long rowVersion) {
        Exercise exercise = get(id);
        conflicts.check(Exercise.class, id, rowVersion, exercise.getRowVersion());
        return exercise;
    }

    private Exercise get(long id) {
        return exercises.findById(id)
                .orElseThrow(() -> new InvalidInputException("id", "There is no exercise " + id + "."));
    }

    private static String required(String value, int max, String field, String message) {
        String text = text(value, max, field);
        if (text == null) {
            throw new InvalidInputException(field, message);
        }
        return text;
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "At most " + max + " characters, please (" + text.length() + " given).");
        }
        return TextRules.check(field, text);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
