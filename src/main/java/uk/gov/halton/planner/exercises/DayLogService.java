package uk.gov.halton.planner.exercises;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.AttendeeEntity;
import uk.gov.halton.planner.exercises.domain.Attendees;
import uk.gov.halton.planner.exercises.domain.InjectEntity;
import uk.gov.halton.planner.exercises.domain.Injects;
import uk.gov.halton.planner.exercises.domain.LogEntries;
import uk.gov.halton.planner.exercises.domain.LogEntryEntity;

/**
 * The exercise-day log: the timeline of injects (from the template's outline, then refined), and on the day the
 * injects delivered, observations and decisions, and who attended. Every entry is its own row, so facilitators
 * logging at once never overwrite each other. Times come from the clock, in Europe/London. Input is checked by its
 * constraints ({@link InjectDetails}, the parameters'), each broken rule named by its field.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DayLogService {

    private static final String RELOAD = "The page sent no key for the entry; reload it.";

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Injects injects;
    private final LogEntries entries;
    private final Attendees attendees;
    private final ExerciseService exercises;
    private final Clock clock;

    DayLogService(Injects injects, LogEntries entries, Attendees attendees, ExerciseService exercises, Clock clock) {
        this.injects = injects;
        this.entries = entries;
        this.attendees = attendees;
        this.exercises = exercises;
        this.clock = clock;
    }

    public List<Inject> injects(long exerciseId) {
        return injects.findByExerciseIdOrderByPlannedAtAscPositionAsc(exerciseId).stream()
                .map(InjectEntity::toRecord)
                .toList();
    }

    public List<LogEntry> entries(long exerciseId) {
        return entries.findByExerciseIdOrderByLoggedAtAscIdAsc(exerciseId).stream()
                .map(LogEntryEntity::toRecord)
                .toList();
    }

    public List<Attendee> attendees(long exerciseId) {
        return attendees.findByExerciseIdOrderByOrganisationAscNameAsc(exerciseId).stream()
                .map(AttendeeEntity::toRecord)
                .toList();
    }

    /**
     * Starts the timeline from the template's outline: each step at the exercise's start plus its offset. Does
     * nothing when the exercise already has injects (a second facilitator pressing it at the same time adds none).
     */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public List<Inject> startFromOutline(long exerciseId) {
        ExerciseSummary exercise = open(exerciseId);
        if (injects.countByExerciseId(exerciseId) == 0) {
            ExerciseTemplate template = exercises
                    .template(exercise.templateType())
                    .orElseThrow(() -> new InvalidInputException("templateType", "The exercise's template is gone."));
            LocalTime start = exercise.startsAt().toLocalTime();
            int position = 0;
            for (ExerciseTemplate.Step step : template.outline()) {
                String[] hm = step.at().split(":");
                LocalTime at = start.plusHours(Long.parseLong(hm[0])).plusMinutes(Long.parseLong(hm[1]));
                injects.save(new InjectEntity(exerciseId, position++, HH_MM.format(at), step.item(), null, null));
            }
        }
        return injects(exerciseId);
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Inject addInject(long exerciseId, @Valid InjectDetails details) {
        open(exerciseId);
        int position = (int) injects.countByExerciseId(exerciseId);
        return injects.save(new InjectEntity(
                        exerciseId,
                        position,
                        HH_MM.format(details.plannedAt()),
                        details.inject(),
                        details.toWhom(),
                        details.expected()))
                .toRecord();
    }

    /**
     * Changes an inject's planned time, text, recipient and expected response (those seeded from the template's
     * outline have neither recipient nor expected response). A delivered inject is a record of the day: it stays.
     */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Inject editInject(long injectId, @Valid InjectDetails details) {
        InjectEntity entity = injects.findById(injectId)
                .orElseThrow(() -> new InvalidInputException("inject", "There is no inject " + injectId + "."));
        open(entity.getExerciseId());
        if (entity.toRecord().delivered()) {
            throw new InvalidInputException("inject", "This inject has been delivered; its record stays as it was.");
        }
        entity.plan(HH_MM.format(details.plannedAt()), details.inject(), details.toWhom(), details.expected());
        return injects.saveAndFlush(entity).toRecord();
    }

    /** Marks an inject delivered now; if another facilitator already did, their time stands. */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Inject markDelivered(long injectId) {
        InjectEntity inject = injects.findById(injectId)
                .orElseThrow(() -> new InvalidInputException("inject", "There is no inject " + injectId + "."));
        onTheDay(inject.getExerciseId());
        inject.deliver(clock.instant(), ExerciseService.currentUser());
        return injects.saveAndFlush(inject).toRecord();
    }

    /**
     * Logs an observation or decision, time stamped now. {@code clientKey} identifies the entry as typed: sending it
     * again (after a dropped connection) returns the entry already stored.
     */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public LogEntry log(
            long exerciseId,
            @NotNull(message = "Choose observation or decision.") LogEntry.Kind kind,
            @NotBlank(message = "Write the observation or decision.") @Size(max = 2000) @PlainText("The text")
                    String text,
            @NotBlank(message = RELOAD) @Size(max = 60, message = RELOAD) String clientKey) {
        onTheDay(exerciseId);
        String what = TextRules.strip(text);
        return entries.findByExerciseIdAndClientKey(exerciseId, clientKey)
                .map(LogEntryEntity::toRecord)
                .orElseGet(() -> entries.save(new LogEntryEntity(
                                exerciseId, kind, what, clock.instant(), ExerciseService.currentUser(), clientKey))
                        .toRecord());
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Attendee addAttendee(
            long exerciseId,
            @NotBlank(message = "Enter the attendee's name.") @Size(max = 200) @SingleLine("The name")
                    String attendeeName,
            @NotBlank(message = "Enter the attendee's organisation.") @Size(max = 200) @SingleLine("The organisation")
                    String attendeeOrganisation) {
        onTheDay(exerciseId);
        String who = TextRules.strip(attendeeName);
        String org = TextRules.strip(attendeeOrganisation);
        return attendees
                .save(new AttendeeEntity(exerciseId, who, org, ExerciseService.currentUser(), clock.instant()))
                .toRecord();
    }

    /** An exercise whose timeline may still be planned: not cancelled. */
    private ExerciseSummary open(long exerciseId) {
        ExerciseSummary exercise = exercises
                .find(exerciseId)
                .orElseThrow(() -> new InvalidInputException("id", "There is no exercise " + exerciseId + "."));
        if (exercise.status() == ExerciseStatus.CANCELLED) {
            throw new InvalidInputException("status", "The exercise was cancelled.");
        }
        return exercise;
    }

    /** An exercise that can be logged: scheduled (under way) or held (entries completed after the day). */
    private ExerciseSummary onTheDay(long exerciseId) {
        ExerciseSummary exercise = open(exerciseId);
        if (exercise.status() != ExerciseStatus.SCHEDULED && exercise.status() != ExerciseStatus.HELD) {
            throw new InvalidInputException("status", "Schedule the exercise before logging it.");
        }
        return exercise;
    }
}
