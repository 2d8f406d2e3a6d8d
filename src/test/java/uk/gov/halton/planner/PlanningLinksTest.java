package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.ProgressStatus;

/** The modules working together: the register hears of exercises held, and plan deadlines become alerts. */
@PlannerContextTest
class PlanningLinksTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    PlanService plans;

    @Autowired
    ComahLink comah;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    uk.gov.halton.planner.sites.SiteService sites;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A plan of this test's own (through a site under a new plan id), so that no other test's records reach it. */
    private String newPlan() {
        String planId = "links-" + java.util.UUID.randomUUID();
        sites.importGeoJson(ConcurrentEditsTest.site(planId + "-site", planId));
        return planId;
    }

    @Test
    @WithUserDetails("planner")
    void ppt06GoesOnCourseWhenACOMAHExerciseIsHeld() {
        LocalDate today = LocalDate.of(2031, 6, 16);
        clock.setDate(today);
        FinancialYear year = FinancialYear.of(today);
        assertThat(comah.isLinked()).isTrue();
        assertThat(comah.ppt06(year, 1, today))
                .get()
                .extracting(o -> o.status())
                .isNotEqualTo(ProgressStatus.ON_COURSE);

        String planId = newPlan();
        ExerciseSummary exercise = exercises.create(exercises.draftFromTemplate("tabletop", List.of(planId), today));
        exercises.schedule(exercise.id());
        // Scheduled for the year: on course, as the programme says "on track".
        assertThat(comah.ppt06(year, 1, today))
                .get()
                .extracting(o -> o.status())
                .isEqualTo(ProgressStatus.ON_COURSE);

        exercises.markHeld(exercise.id(), today);
        assertThat(comah.ppt06(year, 1, today))
                .get()
                .extracting(o -> o.status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(plans.find(planId).orElseThrow().nextTestDue()).isEqualTo(today.plusYears(3));
        assertThat(comah.shareTested(year, 1, today))
                .get()
                .satisfies(p -> assertThat(p.doubleValue()).isPositive());
    }

    @Test
    @WithUserDetails("planner")
    void aPlanTestFallingDueBecomesAnAlertForTheManagers() {
        String planId = newPlan();
        LocalDate today = LocalDate.of(2040, 1, 10);
        clock.setDate(today);
        plans.recordTest(planId, today.minusYears(3).plusDays(20), null);

        // The sweep runs after the commit, fired by a Quartz trigger.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select threshold from alert where kind = 'PLAN_TEST' and item_id = ? and superseded = false")
                                .param(planId)
                                .query(String.class)
                                .list())
                        .containsExactly("D30"));
        assertThat(jdbc.sql("""
                select n.username from alert_notification n join alert a on a.id = n.alert_id
                where a.kind = 'PLAN_TEST' and a.item_id = ?""").param(planId).query(String.class).list()).contains("manager");
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    @WithUserDetails("planner")
    void aChangesEventIsKeptInTheDatabaseWithTheChangeUntilTheSweepHasHandledIt() {
        String planId = newPlan();
        LocalDate today = LocalDate.of(2041, 3, 2);
        clock.setDate(today);
        // Plans publishes its own event; alerts hears it as one of the DeadlinesChanged events.
        String deadlinesChanged = "%" + uk.gov.halton.planner.plans.PlanDatesChanged.class.getSimpleName();
        Long waiting = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            plans.recordTest(planId, today.minusYears(3).plusDays(20), null);
            // Written in the same transaction as the change: a crash after the commit cannot lose it.
            return jdbc.sql(
                            "select count(*) from event_publication where event_type like ? and completion_date is null")
                    .param(deadlinesChanged)
                    .query(Long.class)
                    .single();
        });
        assertThat(waiting).isPositive();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from event_publication where event_type like ?")
                                .param(deadlinesChanged)
                                .query(Long.class)
                                .single()
                        == 0);
        // Handling the event stored a Quartz trigger; the sweep it fires makes the alert.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "select count(*) from alert where kind = 'PLAN_TEST' and item_id = ? and superseded = false")
                                .param(planId)
                                .query(Long.class)
                                .single()
                        == 1);
    }
}
