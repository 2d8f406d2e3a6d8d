package uk.gov.halton.planner.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Quartz's scheduler thread reads a trigger's rows while other threads store triggers. A sweep trigger stored in two
 * commits (its row in QRTZ_TRIGGERS first, its QRTZ_SIMPLE_TRIGGERS row a moment later) could be read half-stored:
 * Quartz then logged "Couldn't acquire next trigger" and, when it read it so twice, fired nothing for 15 seconds.
 */
@PlannerContextTest
class SweepTriggersTest {

    private static final String HALF_STORED = """
            select count(*) from qrtz_triggers t
            where t.trigger_group = ? and not exists (
              select 1 from qrtz_simple_triggers s
              where s.sched_name = t.sched_name and s.trigger_name = t.trigger_name
                and s.trigger_group = t.trigger_group)""";

    @Autowired
    SweepTriggers triggers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSweepTriggerIsNeverSeenHalfStoredAndEachSweepFiresAtOnce() throws Exception {
        AtomicInteger halfStored = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        // A reader beside the scheduling, as the scheduler thread is: it looks as often as it can.
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                halfStored.addAndGet(jdbc.sql(HALF_STORED)
                        .param(SweepTriggers.GROUP)
                        .query(Integer.class)
                        .single());
                looks.incrementAndGet();
            }
        });
        try {
            for (int i = 0; i < 10; i++) {
                triggers.sweepSoon("sweep trigger test " + i);
                // Fired and gone within seconds, not after the scheduler's idle wait (30 s) or an error's (15 s).
                await("sweep " + i + " fired")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> jdbc.sql("select count(*) from qrtz_triggers where trigger_group = ?")
                                        .param(SweepTriggers.GROUP)
                                        .query(Integer.class)
                                        .single()
                                == 0);
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(looks.get()).as("the reader's looks").isGreaterThan(10);
        assertThat(halfStored.get()).as("sweep triggers seen half-stored").isZero();
    }
}
