package uk.gov.halton.planner.alerts.domain;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * Quartz schedules for alerts, on the JDBC store: a daily sweep at 06:00 (then the retention purge, see
 * {@link AlertRetention}) and the weekly digest on Mondays at 08:00,
 * Europe/London. A server that was down at fire time runs each once when it comes back (fire and proceed), and the
 * sweep's idempotency keys make a repeated run harmless.
 */
@Configuration
@EnableScheduling
class AlertJobs {

    static final JobKey SWEEP_JOB = JobKey.jobKey("alert-sweep", "alerts");

    // Constructor injection, not @Autowired fields: on the AOT-processed start (the launcher) Quartz's
    // SpringBeanJobFactory fills constructor arguments but leaves such fields null.
    // Sweeps may run at once (the sweep's idempotency keys make that safe, as two nodes sweeping together do): with
    // @DisallowConcurrentExecution a trigger added while a sweep ran was once left BLOCKED after it finished, and
    // every later sweep, the daily one included, waited behind it until a restart.
    public static class SweepJob implements Job {

        private final AlertSweep sweep;
        private final AlertRetention retention;

        public SweepJob(AlertSweep sweep, AlertRetention retention) {
            this.sweep = sweep;
            this.retention = retention;
        }

        @Override
        public void execute(JobExecutionContext context) {
            context.setResult(sweep.run()); // what it delivered, for the administrators' list of scheduled jobs
            retention.purge();
        }
    }

    @DisallowConcurrentExecution
    public static class DigestJob implements Job {

        private final WeeklyDigest digest;

        public DigestJob(WeeklyDigest digest) {
            this.digest = digest;
        }

        @Override
        public void execute(JobExecutionContext context) {
            int made = digest.run();
            context.setResult(made + (made == 1 ? " digest" : " digests"));
        }
    }

    @Bean
    JobDetail alertSweepJob() {
        return JobBuilder.newJob(SweepJob.class)
                .withIdentity(SWEEP_JOB)
                .withDescription("Daily alert sweep")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger alertSweepTrigger(JobDetail alertSweepJob, AlertProperties properties) {
        String cron = properties.alerts().sweepCron();
        return TriggerBuilder.newTrigger()
                .forJob(alertSweepJob)
                .withIdentity("alert-sweep-daily", "alerts")
                .withDescription(
                        "Alert sweep, daily at 06:00 " + PlannerZone.zone().getId())
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(PlannerZone.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail alertDigestJob() {
        return JobBuilder.newJob(DigestJob.class)
                .withIdentity("alert-digest", "alerts")
                .withDescription("Weekly alert digest")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger alertDigestTrigger(JobDetail alertDigestJob) {
        return TriggerBuilder.newTrigger()
                .forJob(alertDigestJob)
                .withIdentity("alert-digest-weekly", "alerts")
                .withDescription(
                        "Weekly digest, Mondays at 08:00 " + PlannerZone.zone().getId())
                .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(org.quartz.DateBuilder.MONDAY, 8, 0)
                        .inTimeZone(TimeZone.getTimeZone(PlannerZone.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
