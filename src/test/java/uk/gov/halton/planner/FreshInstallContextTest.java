package uk.gov.halton.planner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The second context of {@code ./mvnw test} (with {@code PlannerContextTest}): the application as a council installs
 * it, without the demo profile (so no demo users),
 * with a configured first administrator and the default data folder (the working directory). Only tests of what a
 * fresh installation does belong here; everything else uses {@link uk.gov.halton.planner.exercises.PlannerContextTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "planner.admin.username=Council.Admin",
            "planner.admin.password=a-strong-first-password",
            "planner.data.dir=."
        })
public @interface FreshInstallContextTest {}
