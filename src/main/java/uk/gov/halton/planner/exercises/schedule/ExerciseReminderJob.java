package uk.gov.halton.planner.exercises.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.context.ApplicationEventPublisher;
import uk.gov.halton.planner.Application;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseTomorrow;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;

import java.time.Clock;

/** The day before a scheduled exercise: tells the alerts (if it is still scheduled and still ahead). */
@DisallowConcurrentExecution
public class ExerciseReminderJob implements Job {

    private final ExerciseRepository exercises;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ExerciseReminderJob(ExerciseRepository exercises, ApplicationEventPublisher events, Clock clock) {
        this.exercises = exercises;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long id = context.getMergedJobDataMap().getLong("exerciseId");
        exercises.findById(id)
                .filter(e -> e.getStatus() == ExerciseStatus.SCHEDULED && e.getStartsAt().isAfter(clock.instant()))
                .ifPresent(e -> events.publishEvent(new ExerciseTomorrow(e.getId(), e.getName(),
                        e.getStartsAt().atZone(Application.LONDON), e.getLocation())));
    }
}
