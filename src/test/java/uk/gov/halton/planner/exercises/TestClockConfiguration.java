package uk.gov.halton.planner.exercises;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.StatementCounter;

/**
 * What the shared test context adds to the application: a movable clock (back to the system clock after every test,
 * see {@link uk.gov.halton.planner.TestStateResetListener}) and a statement counter on the data source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    static StatementCounter.Installer statementCounter() {
        return new StatementCounter.Installer();
    }
}
