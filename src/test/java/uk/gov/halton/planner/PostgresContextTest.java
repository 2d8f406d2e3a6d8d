package uk.gov.halton.planner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.halton.planner.exercises.TestClockConfiguration;

/**
 * The one context of the tests that run the application on a real PostgreSQL server: the production profile's
 * database settings with the demo users, the movable clock, and one embedded server for all of them
 * ({@link PostgresForTests}). Tests here share the database as the planning tests share theirs: each creates and
 * owns its data. A failsafe (integration) test: name it {@code *Postgres*Test}. Its Quartz scheduler keeps the
 * production name, as only this one context in the JVM runs on this server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@ActiveProfiles({"postgres", "demo"})
@Import({TestClockConfiguration.class, PostgresForTests.class})
public @interface PostgresContextTest {}
