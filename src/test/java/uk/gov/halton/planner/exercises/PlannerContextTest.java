package uk.gov.halton.planner.exercises;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context the plans and exercises tests share: demo users and a movable clock. Its Quartz scheduler
 * has a name of its own ({@link #OWN_QUARTZ}), as its tests wait for what Quartz fires.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = PlannerContextTest.OWN_QUARTZ)
@ActiveProfiles("demo")
@Import(TestClockConfiguration.class)
public @interface PlannerContextTest {

    /**
     * Quartz keeps its job store's connection providers in a JVM-wide registry by scheduler name: a context whose
     * scheduler shares the name "planner" with a newer context stores its triggers in that context's database, where
     * that context's scheduler fires them. A test context that waits for Quartz to fire gets a name of its own.
     */
    String OWN_QUARTZ = "spring.quartz.properties.org.quartz.scheduler.instanceName=planner-${random.uuid}";
}
