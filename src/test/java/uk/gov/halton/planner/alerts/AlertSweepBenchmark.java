package uk.gov.halton.planner.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.domain.AlertStore;
import uk.gov.halton.planner.alerts.domain.AlertSweep;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The alert sweep at national scale: 100,000 open deadlines, due from tomorrow to a year on, with the alerts of
 * earlier days already made. Measured: the day's first sweep (which makes the day's new alerts), then sweeps with
 * nothing new (a sweep after every change of a date), against a brute-force baseline that asks the database about
 * each deadline, as the sweep did before. Not part of the default build; run with
 * {@code ./mvnw -B -o -ntp test -Dtest=AlertSweepBenchmark -Dsurefire.excludedGroups=none}, alone: its hundred
 * thousand alerts stay in the shared database, where every later sweep of the run would read them.
 */
@Tag("benchmark")
@PlannerContextTest
class AlertSweepBenchmark {

    private static final int DEADLINES = 100_000;

    @Autowired
    AlertSweep sweep;

    @Autowired
    AlertTestSupport.TestDeadlines deadlines;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;

    @Test
    void oneHundredThousandDeadlines() {
        LocalDate yesterday = LocalDate.of(2027, 3, 1);
        String mark = java.util.UUID.randomUUID().toString().substring(0, 8);
        // The application's own deadlines due that day make their alerts first, so that the first sweep measured
        // makes only the benchmark's.
        clock.setDate(yesterday.plusDays(1));
        sweep.run();
        List<Deadline> all = new ArrayList<>(DEADLINES);
        for (int i = 0; i < DEADLINES; i++) {
            all.add(new Deadline(
                    DeadlineKind.ACTION,
                    "bench-" + mark + "-" + i,
                    "Action " + i,
                    yesterday.plusDays(2 + i % 365),
                    i % 10 == 0 ? "planner" : null,
                    Set.of("plan:bench-" + (i % 500)),
                    "exercises/1"));
        }
        deadlines.deadlines.addAll(all);
        int madeBefore = alertsAsOf(all, yesterday);

        clock.setDate(yesterday.plusDays(1));
        long start = System.nanoTime();
        int due = bruteForceDueCount(all, yesterday.plusDays(1));
        long bruteMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        AlertSweep.Result first = sweep.run();
        long firstMillis = (System.nanoTime() - start) / 1_000_000;

        long[] quiet = new long[7];
        for (int run = 0; run < quiet.length; run++) {
            start = System.nanoTime();
            assertThat(sweep.run().alertsMade()).isZero();
            quiet[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(quiet);

        System.out.printf(
                "BENCHMARK alert sweep, %d deadlines, %d alerts made on earlier days: first sweep of the "
                        + "day %d ms making %d alerts; sweep with nothing new median %d ms (min %d, max %d, %d runs); "
                        + "brute force (a query per deadline, finding only) %d ms; ratio %.0fx%n",
                DEADLINES,
                madeBefore,
                firstMillis,
                first.alertsMade(),
                quiet[quiet.length / 2],
                quiet[0],
                quiet[quiet.length - 1],
                quiet.length,
                bruteMillis,
                (double) bruteMillis / quiet[quiet.length / 2]);
        assertThat(first.deadlines()).isGreaterThanOrEqualTo(DEADLINES);
        assertThat(first.alertsMade()).isEqualTo(due).isPositive();
    }

    /** Writes, in batches, the alerts the sweeps of earlier days made: the most urgent threshold passed by then. */
    private int alertsAsOf(List<Deadline> all, LocalDate day) {
        List<Object[]> rows = new ArrayList<>();
        for (Deadline d : all) {
            String threshold = threshold(d, day);
            if (threshold != null) {
                rows.add(new Object[] {
                    AlertStore.idempotencyKey(d, threshold),
                    d.kind().name(),
                    d.itemId(),
                    d.title(),
                    d.link(),
                    d.dueDate(),
                    threshold,
                    DatabaseTime.of(day.atTime(6, 0).atZone(PlannerZone.zone()).toInstant())
                });
            }
        }
        template.batchUpdate("""
                insert into alert (idempotency_key, kind, item_id, title, link, due_date, threshold, created_at, superseded)
                values (?, ?, ?, ?, ?, ?, ?, ?, false)""", rows);
        return rows.size();
    }

    /** The baseline: for each deadline past a threshold, ask the database whether its alert exists. */
    private int bruteForceDueCount(List<Deadline> all, LocalDate today) {
        int due = 0;
        for (Deadline d : all) {
            String threshold = threshold(d, today);
            if (threshold != null
                    && jdbc.sql("select count(*) from alert where idempotency_key = ?")
                                    .param(AlertStore.idempotencyKey(d, threshold))
                                    .query(Long.class)
                                    .single()
                            == 0) {
                due++;
            }
        }
        return due;
    }

    private static String threshold(Deadline d, LocalDate day) {
        if (day.isAfter(d.dueDate())) {
            return Threshold.OVERDUE;
        }
        String passed = null;
        for (int lead : List.of(180, 90, 30, 7, 0)) {
            if (!day.isBefore(d.dueDate().minusDays(lead))) {
                passed = Threshold.daysBefore(lead);
            }
        }
        return passed;
    }
}
