package uk.gov.halton.planner.exercises;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.AttendeeEntity;
import uk.gov.halton.planner.exercises.domain.Attendees;
import uk.gov.halton.planner.exercises.domain.InjectEntity;
import uk.gov.halton.planner.exercises.domain.Injects;
import uk.gov.halton.planner.exercises.domain.LogEntries;
import uk.gov.halton.planner.exercises.domain.LogEntryEntity;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The exercise-day log: the timeline of injects (from the template's outline, then refined), and on the day the
 * injects delivered, observations and decisions, and who attended. Every entry is its own row, so facilitators
 * logging at once never overwrite each other. Times come from the clock, in Europe/London.
 */
@Service
@Transactional(readOnly = true)
public class DayLogService {

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
                .map(InjectEntity::toRecord).toList();
    }

    public List<LogEntry> entries(long exerciseId) {
        return entries.findByExerciseIdOrderByLoggedAtAscIdAsc(exerciseId).stream()
                .map(LogEntryEntity::toRecord).toList();
    }

    public List<Attendee> attendees(long exerciseId) {
        return attendees.findByExerciseIdOrderByOrganisationAscNameAsc(exerciseId).stream()
                .map(AttendeeEntity::toRecord).toList();
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
            ExerciseTemplate template = exercises.template(exercise.templateType())
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
    public Inject addInject(long exerciseId, LocalTime plannedAt, String inject, String toWhom, String expected) {
        open(exerciseId);
        if (plannedAt == null) {
            throw new InvalidInputException("plannedAt", "Enter the planned time (e.g. 10:30).");
        }
        String what = required(inject, 1000, "inject", "Say what the inject is.");
        int position = (int) injects.countByExerciseId(exerciseId);
        return injects.save(new InjectEntity(exerciseId, position, HH_MM.format(plannedAt), what,
                text(toWhom, 200, "toWhom"), text(expected, 1000, "expected"))).toRecord();
    }

    /**
     * Changes an inject's planned time, text, recipient and expected response (those seeded from the template's
     * outline have neither recipient nor expected response). A delivered inject is a record of the day: it stays.
     */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Inject editInject(long injectId, LocalTime plannedAt, String inject, String toWhom, String expected) {
        InjectEntity entity = injects.findById(injectId)
                .orElseThrow(() -> new InvalidInputException("inject", "There is no inject " + injectId + "."));
        open(entity.getExerciseId());
        if (entity.toRecord().delivered()) {
            throw new InvalidInputException("inject", "This inject has been delivered; its record stays as it was.");
        }
        if (plannedAt == null) {
            throw new InvalidInputException("plannedAt", "Enter the planned time (e.g. 10:30).");
        }
        String what = required(inject, 1000, "inject", "Say what the inject is.");
        entity.plan(HH_MM.format(plannedAt), what, text(toWhom, 200, "toWhom"), text(expected, 1000, "expected"));
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
    public LogEntry log(long exerciseId, LogEntry.Kind kind, String text, String clientKey) {
        onTheDay(exerciseId);
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose observation or decision.");
        }
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > 60) {
            throw new InvalidInputException("clientKey", "The page sent no key for the entry; reload it.");
        }
        String what = required(text, 2000, "text", "Write the observation or decision.");
        return entries.findByExerciseIdAndClientKey(exerciseId, clientKey).map(LogEntryEntity::toRecord)
                .orElseGet(() -> entries.save(new LogEntryEntity(exerciseId, kind, what, clock.instant(),
                        ExerciseService.currentUser(), clientKey)).toRecord());
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public Attendee addAttendee(long exerciseId, String name, String organisation) {
        onTheDay(exerciseId);
        String who = required(name, 200, "attendeeName", "Enter the attendee's name.");
        String org = required(organisation, 200, "attendeeOrganisation", "Enter the attendee's organisation.");
        TextRules.checkSingleLine("attendeeName", "The name", who);
        TextRules.checkSingleLine("attendeeOrganisation", "The organisation", org);
        return attendees.save(new AttendeeEntity(exerciseId, who, org, ExerciseService.currentUser(),
                clock.instant())).toRecord();
    }

    /** An exercise whose timeline may still be planned: not cancelled. */
    private ExerciseSummary open(long exerciseId) {
        ExerciseSummary exercise = exercises.find(exerciseId)
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
        return TextRules.check(field, "The text", text);
    }
}
