package uk.gov.halton.planner.exercises.schedule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.DeadlineApproaching;
import uk.gov.halton.planner.exercises.ProgrammeAtRisk;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.plans.Deadline;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Once a day: reports every deadline within a threshold and a financial year without a COMAH exercise, and puts the
 * triggers back in step with the data (in case anything changed without them). The event log keeps one record per
 * deadline and threshold, so reporting again is harmless.
 */
@Component
public class ComplianceSweep {

    private final PlanService plans;
    private final ExerciseRepository exercises;
    private final JobScheduling scheduling;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplianceSweep(PlanService plans, ExerciseRepository exercises, JobScheduling scheduling,
                    ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.exercises = exercises;
        this.scheduling = scheduling;
        this.events = events;
        this.clock = clock;
    }

    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (PlanSummary plan : plans.findAll()) {
            for (Deadline d : plan.deadlines()) {
                long days = ChronoUnit.DAYS.between(today, d.dueDate());
                for (int threshold : JobScheduling.THRESHOLDS) {
                    if (days <= threshold) {
                        events.publishEvent(new DeadlineApproaching(d.kind(), d.planId(), d.itemId(), d.title(),
                                d.dueDate(), threshold));
                    }
                }
            }
            scheduling.syncDeadlines(plan.id(), plan.deadlines());
        }
        FinancialYear year = FinancialYear.of(today);
        boolean covered = exercises.findAll().stream().map(Exercises::summary)
                .anyMatch(e -> e.comah() && year.contains(e.date())
                        && (e.status() == uk.gov.halton.planner.exercises.ExerciseStatus.SCHEDULED
                        || e.status() == uk.gov.halton.planner.exercises.ExerciseStatus.HELD));
        if (!covered) {
            long days = ChronoUnit.DAYS.between(today, year.end());
            for (int threshold : JobScheduling.THRESHOLDS) {
                if (days <= threshold) {
                    events.publishEvent(new ProgrammeAtRisk(year, "No exercise of the COMAH plans is held or "
                            + "scheduled in " + year.label() + " (milestone PPT 06); the year ends on " + year.end()
                            + ".", threshold));
                }
            }
        }
        exercises.findAll().forEach(e -> scheduling.syncExercise(e.getId(), e.getStatus(), e.getStartsAt()));
    }
}
