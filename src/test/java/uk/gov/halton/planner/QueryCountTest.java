package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.ui.ProgrammeView;
import uk.gov.halton.planner.plans.ui.PlansView;
import uk.gov.halton.planner.register.ui.ReportView;

/**
 * The busiest pages ask the database a fixed number of questions, not one or more per plan: with 100 more plans (each
 * with a site, a test and a public-information mailing) the plans page, the programme and the COMAH quarterly report
 * stay under a fixed number of SQL statements (measured on H2 when this was written: 3, 14 and 29; any query per plan
 * would add 100). The plans are added in this test's transaction and rolled back.
 */
@PlannerContextTest
@Transactional
@WithUserDetails("planner")
class QueryCountTest extends SpringBrowserlessTest {

    static final int PLANS = 100;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QueryCountTest.class);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    uk.gov.halton.planner.plans.PlanService plans;

    @BeforeEach
    void oneHundredPlans() {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < PLANS; i++) {
            String plan = "count-plan-" + i;
            jdbc.sql("""
                    insert into off_site_plan (id, title, owner_name, lifecycle, prepared_on, last_tested, next_test_due,
                    last_reviewed, next_review_due) values (?, ?, 'planner', 'In force', ?, ?, ?, ?, ?)""")
                    .params(
                            plan,
                            "Count plan " + i,
                            today.minusYears(4),
                            today.minusYears(1),
                            today.plusYears(2),
                            today.minusYears(1),
                            today.plusYears(2))
                    .update();
            jdbc.sql("""
                    insert into site (id, name, operator, address, town, tier, plan_id, plan_title, longitude, latitude,
                    position_approximate, piz_radius_m, piz_indicative, newly_top_tier)
                    values (?, ?, 'Count Ltd', '1 Count Road', 'Widnes', 'upper', ?, ?, ?, 53.36, true, 1000, true, false)""")
                    .params("count-site-" + i, "Count site " + i, plan, "Count plan " + i, -2.74 + i * 0.0001)
                    .update();
            jdbc.sql("insert into plan_test (plan_id, tested_on, recorded_by) values (?, ?, 'planner')")
                    .params(plan, today.minusYears(1))
                    .update();
        }
    }

    @Test
    void theCounterCountsEveryStatementOnTheThread() {
        assertThat(StatementCounter.count(() -> jdbc.sql("select count(*) from off_site_plan")
                                .query(Long.class)
                                .single())
                        .statements())
                .isEqualTo(1);
        assertThat(StatementCounter.count(() -> plans.findAll()).statements())
                .as("plans, mailings and sites")
                .isBetween(2, 6);
    }

    @Test
    void thePlansPage() {
        int statements = StatementCounter.count(() -> navigate(PlansView.class)).statements();
        log.info("The plans page: {} SQL statements", statements);
        assertThat(statements)
                .as("statements for the plans page with %d more plans", PLANS)
                .isBetween(1, 8);
    }

    @Test
    void theProgramme() {
        int statements =
                StatementCounter.count(() -> navigate(ProgrammeView.class)).statements();
        log.info("The programme: {} SQL statements", statements);
        assertThat(statements)
                .as("statements for the programme with %d more plans", PLANS)
                .isBetween(1, 25);
    }

    @Test
    void theComahQuarterlyReport() {
        int statements = StatementCounter.count(
                        () -> navigate("register/report/comah-emergency-planning", ReportView.class))
                .statements();
        log.info("The COMAH quarterly report: {} SQL statements", statements);
        assertThat(statements)
                .as("statements for the quarterly report with %d more plans", PLANS)
                .isBetween(1, 40);
    }
}
