package uk.gov.halton.planner.exercises.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.springframework.context.ApplicationEventPublisher;
import uk.gov.halton.planner.exercises.DeadlineApproaching;
import uk.gov.halton.planner.plans.Deadline;
import uk.gov.halton.planner.plans.DeadlineKind;
import uk.gov.halton.planner.plans.PlanService;

import java.time.LocalDate;

/** A deadline crossed a threshold: tells the alerts, unless the deadline has since moved. */
@DisallowConcurrentExecution
public class DeadlineJob implements Job {

    private final PlanService plans;
    private final ApplicationEventPublisher events;

    public DeadlineJob(PlanService plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        DeadlineKind kind = DeadlineKind.valueOf(data.getString("kind"));
        String planId = data.getString("planId");
        String itemId = data.getString("itemId");
        LocalDate due = LocalDate.parse(data.getString("dueDate"));
        int threshold = data.getInt("threshold");
        plans.find(planId).stream().flatMap(p -> p.deadlines().stream())
                .filter(d -> d.kind() == kind && d.itemId().equals(itemId) && d.dueDate().equals(due))
                .findFirst()
                .map(Deadline::title)
                .ifPresent(title -> events.publishEvent(new DeadlineApproaching(kind, planId, itemId, title, due, threshold)));
    }
}
