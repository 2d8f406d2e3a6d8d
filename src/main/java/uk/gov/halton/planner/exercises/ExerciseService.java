package uk.gov.halton.planner.exercises;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.Application;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
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

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
                        from.atStartOfDay(Application.LONDON).toInstant(),
                        to.plusDays(1).atStartOfDay(Application.LONDON).toInstant())
                .stream().map(Exercises::summary).toList();
    }

    public List<ExerciseSummary> forPlan(String planId) {
        return findAll().stream().filter(e -> e.planIds().contains(planId)).toList();
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
    public ExerciseSummary create(@Valid ExerciseDraft draft) {
        Exercise exercise = new Exercise(draft.templateType(), currentUser());
        apply(exercise, draft);
        exercises.save(exercise);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary update(long id, long rowVersion, @Valid ExerciseDraft draft) {
        Exercise exercise = opened(id, rowVersion);
        if (exercise.getStatus() == ExerciseStatus.HELD || exercise.getStatus() == ExerciseStatus.CANCELLED) {
            throw new InvalidInputException("status", "A " + exercise.getStatus().label().toLowerCase()
                    + " exercise cannot be changed; record debriefs and lessons instead.");
        }
        apply(exercise, draft);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary schedule(long id) {
        Exercise exercise = get(id);
        require(exercise, "scheduled", ExerciseStatus.PROPOSED, ExerciseStatus.POSTPONED);
        exercise.setStatus(ExerciseStatus.SCHEDULED);
        exercise.setPostponeReason(null);
        return sync(exercise);
    }

    /** Moves an exercise to new times; a postponed exercise given a new date is scheduled again. */
    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary move(long id, long rowVersion, LocalDateTime startsAt, LocalDateTime endsAt) {
        Exercise exercise = opened(id, rowVersion);
        require(exercise, "moved", ExerciseStatus.PROPOSED, ExerciseStatus.SCHEDULED, ExerciseStatus.POSTPONED);
        checkTimes(startsAt, endsAt);
        exercise.setStartsAt(startsAt.atZone(Application.LONDON).toInstant());
        exercise.setEndsAt(endsAt.atZone(Application.LONDON).toInstant());
        if (exercise.getStatus() == ExerciseStatus.POSTPONED) {
            exercise.setStatus(ExerciseStatus.SCHEDULED);
            exercise.setPostponeReason(null);
        }
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary postpone(long id, @NotBlank(message = "Give the reason for postponing.") @Size(max = 500)
                                    @PlainText("The postpone reason") String postponeReason) {
        Exercise exercise = get(id);
        require(exercise, "postponed", ExerciseStatus.PROPOSED, ExerciseStatus.SCHEDULED);
        String why = TextRules.strip(postponeReason);
        exercise.setStatus(ExerciseStatus.POSTPONED);
        exercise.setPostponeReason(why);
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary cancel(long id, @Size(max = 500) @PlainText("The cancel reason") String cancelReason) {
        Exercise exercise = get(id);
        require(exercise, "cancelled", ExerciseStatus.PROPOSED, ExerciseStatus.SCHEDULED, ExerciseStatus.POSTPONED);
        exercise.setStatus(ExerciseStatus.CANCELLED);
        exercise.setCancelReason(TextRules.strip(cancelReason));
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
        require(exercise, "marked held", ExerciseStatus.SCHEDULED);
        LocalDate date = exercise.getStartsAt().atZone(Application.LONDON).toLocalDate();
        LocalDate lastDay = exercise.getEndsAt().atZone(Application.LONDON).toLocalDate();
        if (heldOn == null || heldOn.isBefore(date) || heldOn.isAfter(lastDay)) {
            // The held date becomes the plan's last test: a later date would stretch the statutory three years.
            throw new InvalidInputException("heldOn", "An exercise is held on its date"
                    + (lastDay.equals(date) ? " (" + date + ")." : "s (" + date + " to " + lastDay + ")."));
        }
        DateRules.notFuture("heldOn", "An exercise held", heldOn, today());
        exercise.setStatus(ExerciseStatus.HELD);
        exercise.setHeldOn(heldOn);
        if (exercise.isTestsPlan()) {
            for (String planId : exercise.planIdList()) {
                plans.recordTest(planId, heldOn, exercise.getId(), "Exercise: " + exercise.getName());
            }
        }
        return sync(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordHotDebrief(long id, long rowVersion, @NotBlank(message = "Write up the hot debrief.")
                                            @Size(max = 4000) @PlainText("The hot debrief") String hotDebrief) {
        Exercise exercise = opened(id, rowVersion);
        require(exercise, "debriefed", ExerciseStatus.HELD);
        exercise.setHotDebrief(TextRules.strip(hotDebrief));
        return Exercises.summary(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordColdDebrief(long id, long rowVersion, LocalDate on,
                                             @NotBlank(message = "Write up the cold debrief.") @Size(max = 4000)
                                             @PlainText("The cold debrief") String coldDebrief) {
        Exercise exercise = opened(id, rowVersion);
        require(exercise, "debriefed", ExerciseStatus.HELD);
        LocalDate earliest = exercise.getHeldOn().plusDays(COLD_DEBRIEF_MIN_DAYS);
        LocalDate latest = exercise.getHeldOn().plusDays(COLD_DEBRIEF_MAX_DAYS);
        if (on == null || on.isBefore(earliest) || on.isAfter(latest)) {
            throw new InvalidInputException("coldDebriefOn", "A cold debrief is held two to six weeks after the "
                    + "exercise: between " + earliest + " and " + latest + ".");
        }
        DateRules.notFuture("coldDebriefOn", "A cold debrief", on, today());
        exercise.setColdDebriefOn(on);
        exercise.setColdDebrief(TextRules.strip(coldDebrief));
        return sync(exercise); // the cold debrief prompt is no longer owed
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseSummary recordPublicInformation(long id, long rowVersion,
                                                   @Size(max = 300) @SingleLine("How the public was informed") String publicInformed) {
        Exercise exercise = opened(id, rowVersion);
        exercise.setPublicInformed(TextRules.strip(publicInformed));
        return Exercises.summary(exercise);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public Lesson addLesson(long exerciseId, Lesson.Category category,
                            @Size(max = 200) @SingleLine("The plan element") String planElement,
                            @NotBlank(message = "Write the lesson.") @Size(max = 2000) @PlainText("The lesson") String text) {
        Exercise exercise = get(exerciseId);
        require(exercise, "given lessons", ExerciseStatus.HELD);
        if (category == null) {
            throw new InvalidInputException("category", "Choose what kind of lesson this is.");
        }
        LessonEntity lesson = lessons.save(new LessonEntity(exerciseId, category, TextRules.strip(planElement),
                TextRules.strip(text), today(), currentUser()));
        return lesson.toRecord();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem addAction(long exerciseId,
                                        @NotBlank(message = "Say what is to be done.") @Size(max = 1000)
                                        @PlainText("The description") String description,
                                        @NotBlank(message = "Every action needs an owner.") @Size(max = 100)
                                        @SingleLine("The owner") String owner, LocalDate dueOn) {
        get(exerciseId);
        String what = TextRules.strip(description);
        String who = TextRules.strip(owner);
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "Every action needs a due date.");
        }
        DateRules.check("dueOn", "The due date", dueOn);
        ExerciseActionItem added = actions.save(new ActionEntity(exerciseId, what, who, dueOn)).toRecord();
        deadlinesChanged("action " + added.id());
        return added;
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public ExerciseActionItem setActionDone(long actionId, boolean done) {
        ActionEntity action = actions.findById(actionId)
                .orElseThrow(() -> new InvalidInputException("actionId", "There is no action " + actionId + "."));
        action.setDone(done);
        deadlinesChanged("action " + actionId);
        return action.toRecord();
    }

    // ---- helpers

    private void apply(Exercise exercise, ExerciseDraft draft) {
        exercise.setName(draft.name());
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
        exercise.setStartsAt(draft.startsAt().atZone(Application.LONDON).toInstant());
        exercise.setEndsAt(draft.endsAt().atZone(Application.LONDON).toInstant());
        exercise.setPlanElements(draft.planElements());
        exercise.setLocation(draft.location());
        if (String.join("\n", draft.agencies()).length() > 2000) {
            throw new InvalidInputException("agencies", "The list of agencies is too long (at most 2000 characters).");
        }
        exercise.setAgencyList(draft.agencies());
        exercise.setObjectives(draft.objectives());
        exercise.setScenario(draft.scenario());
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
        exercises.flush(); // so that the summary carries the new version for the user's next edit
        ExerciseSummary summary = Exercises.summary(exercise);
        scheduling.syncExercise(summary);
        deadlinesChanged("exercise " + exercise.getId());
        return summary;
    }

    /** Alerts sweeps again once this change commits. */
    private void deadlinesChanged(String what) {
        events.publishEvent(new uk.gov.halton.planner.alerts.DeadlinesChanged(what));
    }

    private static void require(Exercise exercise, String action, ExerciseStatus... allowed) {
        if (!List.of(allowed).contains(exercise.getStatus())) {
            throw new InvalidInputException("status", "A " + exercise.getStatus().label().toLowerCase()
                    + " exercise cannot be " + action + ".");
        }
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

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
