package uk.gov.halton.planner.exercises.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The daily sweep, 06:00 Europe/London. */
@DisallowConcurrentExecution
public class ComplianceSweepJob implements Job {

    private final ComplianceSweep sweep;

    public ComplianceSweepJob(ComplianceSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sweep.run();
    }
}
