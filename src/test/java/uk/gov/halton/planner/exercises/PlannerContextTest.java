package uk.gov.halton.planner.exercises;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.halton.planner.alerts.AlertTestSupport;

/**
 * The one Spring context the unit tests share (and the browser journeys, in their own JVM): the whole application on
 * a random port, the demo users, a movable clock ({@link TestClockConfiguration}), test deadlines for the alerts
 * module and a local SMTP server that receives all the application's mail ({@link AlertTestSupport}). A test that
 * needs other settings does not get a context of its own: it sets what it needs through the beans (the clock, the
 * deadlines) and puts it back. Every test creates the data it asserts on, reads only its own mail and alerts, and
 * passes in any order (JUnit runs classes and methods in random order, see junit-platform.properties). The other
 * context of {@code ./mvnw test} is {@code FreshInstallContextTest} (no demo profile); the integration tests add
 * {@code PostgresContextTest}.
 * <p>
 * The mail outbox polls hourly (tests send through {@code sendNow()}) and gives up after two attempts, and the
 * Quartz scheduler has a name of its own ({@link #OWN_QUARTZ}), as tests wait for what Quartz fires.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            PlannerContextTest.OWN_QUARTZ,
            "planner.mail.poll-interval=PT1H",
            "planner.mail.max-attempts=2",
            // Here, not with the port: the mail sender is made only when a host is set, decided before any bean exists.
            "spring.mail.host=127.0.0.1"
        })
@ActiveProfiles("demo")
@Import({TestClockConfiguration.class, AlertTestSupport.class})
public @interface PlannerContextTest {

    /**
     * Quartz keeps its job store's connection providers in a JVM-wide registry by scheduler name: a context whose
     * scheduler shares the name "planner" with a newer context stores its triggers in that context's database, where
     * that context's scheduler fires them. A test context that waits for Quartz to fire gets a name of its own.
     */
    String OWN_QUARTZ = "spring.quartz.properties.org.quartz.scheduler.instanceName=planner-${random.uuid}";
}
