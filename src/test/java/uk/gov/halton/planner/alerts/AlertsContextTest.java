package uk.gov.halton.planner.alerts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.TestClockConfiguration;

/**
 * The shared context's settings plus a real SMTP server and test deadlines ({@link AlertTestSupport}), for the
 * tests that read the mail that arrives and the alerts that are made. It is a context of its own because these
 * tests own the alert and outbox tables (they empty them before each test) and count every message the server
 * receives, which other tests' deadlines in a shared database would add to. The invitation tests share it for its
 * SMTP server (they cancel the exercises they schedule, so these make no alerts here). One of the three contexts
 * of {@code ./mvnw test}, with {@link PlannerContextTest} and {@code FreshInstallContextTest}.
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
public @interface AlertsContextTest {}
