package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.PostgresContextTest;

/**
 * The production profile on a real PostgreSQL server: every Flyway migration applies, Hibernate validates the
 * entities against the result, and Quartz runs clustered on its JDBC store there.
 */
@PostgresContextTest
class PostgresMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    uk.gov.halton.planner.alerts.domain.AlertStore alerts;

    @Autowired
    uk.gov.halton.planner.alerts.domain.AlertSweep sweep;

    @Test
    void migrationsApplyOnPostgresAndTheApplicationRunsOnThem() throws Exception {
        assertThat(jdbc.sql("select version() ").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = false")
                        .query(Long.class)
                        .single())
                .isZero();
        // This context's scheduler's locks (the table keeps each scheduler name's own).
        assertThat(jdbc.sql("select lock_name from qrtz_locks where sched_name = ? order by lock_name")
                        .param(scheduler.getSchedulerName())
                        .query(String.class)
                        .list())
                .containsExactly("STATE_ACCESS", "TRIGGER_ACCESS");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(5);
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Autowired
    uk.gov.halton.planner.alerts.AlertService alertService;

    @Autowired
    uk.gov.halton.planner.alerts.domain.AlertRetention retention;

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "ADMIN")
    void alertsAndTheirOutboxWorkOnPostgres() {
        var deadline = new uk.gov.halton.planner.alerts.Deadline(
                uk.gov.halton.planner.alerts.DeadlineKind.ACTION,
                "pg-action",
                "An action",
                java.time.LocalDate.of(2030, 1, 1),
                "manager",
                java.util.Set.of(),
                "exercises/1");
        java.time.Instant now = java.time.Instant.parse("2029-12-01T09:00:00Z");
        long id = alerts.insert(deadline, "D30", now);
        alerts.notify(id, "manager", false);
        alerts.enqueueMail("<pg-test@safer-halton-planner>", "manager@demo.invalid", "Subject", "Body", id, now);
        java.time.LocalDate due = java.time.LocalDate.of(2030, 1, 1);
        var known = alerts.known(due, due)
                .get(uk.gov.halton.planner.alerts.domain.AlertStore.idempotencyKey(deadline, "D30"));
        assertThat(known.createdAt()).isEqualTo(now);
        assertThat(known.superseded()).isFalse();
        alerts.supersede(id);
        assertThat(jdbc.sql("select status from mail_outbox where alert_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(alerts.revive(deadline, "D30")).isTrue();
        assertThat(alerts.acknowledgedDeadlines(due.minusYears(1)))
                .doesNotContain(uk.gov.halton.planner.alerts.domain.AlertStore.deadlineKey(deadline));
        // The outbox page's query limits and filters in the database.
        assertThat(alertService.outbox(1, false)).hasSize(1);
        assertThat(alertService.outbox(10, true)).noneMatch(e -> e.id() == 0 || !"FAILED".equals(e.status()));
        // The retention purge's statements run here too (nothing of this test is old enough to go).
        org.assertj.core.api.Assertions.assertThatCode(retention::purge).doesNotThrowAnyException();
        assertThat(jdbc.sql("select count(*) from alert where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        org.assertj.core.api.Assertions.assertThatCode(sweep::run).doesNotThrowAnyException();
    }
}
