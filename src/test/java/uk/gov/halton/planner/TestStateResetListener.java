package uk.gov.halton.planner;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import uk.gov.halton.planner.alerts.AlertTestSupport;

/**
 * Tests share one application: after each test, what a test may have moved for itself goes back, so that no test
 * sees another's clock or test deadlines whatever order they run in.
 */
public class TestStateResetListener extends AbstractTestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            var context = testContext.getApplicationContext();
            context.getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
            context.getBeanProvider(AlertTestSupport.TestDeadlines.class).ifAvailable(d -> d.deadlines.clear());
        }
    }
}
