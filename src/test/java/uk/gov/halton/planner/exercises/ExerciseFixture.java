package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * The exercises a test makes for itself, through the real service: tabletops filled from the template (its outline
 * seeds the day log's injects, its agencies and objectives), each named with a tag of its own so that no test finds
 * another's. They are made as the planner, whoever the test signed in as (its sign-in is put back after). Not a test
 * of the plan unless the caller says so: holding one then moves no plan's dates that other tests read.
 */
public final class ExerciseFixture {

    private ExerciseFixture() {}

    /** A proposed tabletop of the plan on {@code day}, at the template's usual times. */
    public static ExerciseSummary proposed(ExerciseService exercises, String name, String planId, LocalDate day) {
        return asPlanner(() -> exercises.create(fromTemplate(exercises, name, planId, day, false)));
    }

    /** A scheduled tabletop of the plan on {@code day}: its day log can be started and written. */
    public static ExerciseSummary scheduled(ExerciseService exercises, String name, String planId, LocalDate day) {
        return asPlanner(() -> exercises.schedule(exercises
                .create(fromTemplate(exercises, name, planId, day, false))
                .id()));
    }

    /** A tabletop of the plan held on {@code day} (today or before), not as a test of the plan. */
    public static ExerciseSummary held(ExerciseService exercises, String name, String planId, LocalDate day) {
        return held(exercises, name, planId, day, false);
    }

    /** A tabletop held on {@code day} (today or before) as a test of the plan: it moves the plan's test dates. */
    public static ExerciseSummary heldAsTest(ExerciseService exercises, String name, String planId, LocalDate day) {
        return held(exercises, name, planId, day, true);
    }

    /** A draft with only a name, type, plan and times, as a bare form would send it. */
    public static ExerciseDraft draft(
            String name, String type, String planId, LocalDateTime start, LocalDateTime end, boolean testsPlan) {
        return new ExerciseDraft(name, type, List.of(planId), start, end, null, List.of(), null, null, testsPlan);
    }

    /**
     * A scheduled exercise as the service returns it, not stored: "Exercise {id}", a tabletop of Univar's plan at
     * the Municipal Building, for code that only reads a summary.
     */
    public static ExerciseSummary summary(long id, ZonedDateTime startsAt, ZonedDateTime endsAt) {
        return new ExerciseSummary(
                id,
                "Exercise " + id,
                "tabletop",
                ExerciseStatus.SCHEDULED,
                startsAt,
                endsAt,
                "Municipal Building",
                List.of(),
                List.of("univar-widnes"),
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "planner",
                0);
    }

    private static ExerciseSummary held(
            ExerciseService exercises, String name, String planId, LocalDate day, boolean testsPlan) {
        return asPlanner(() -> {
            long id = exercises
                    .create(fromTemplate(exercises, name, planId, day, testsPlan))
                    .id();
            exercises.schedule(id);
            return exercises.markHeld(id, day);
        });
    }

    private static ExerciseDraft fromTemplate(
            ExerciseService exercises, String name, String planId, LocalDate day, boolean testsPlan) {
        ExerciseDraft template = exercises.draftFromTemplate("tabletop", List.of(planId), day);
        return new ExerciseDraft(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                template.templateType(),
                template.planIds(),
                template.startsAt(),
                template.endsAt(),
                template.location(),
                template.agencies(),
                template.objectives(),
                template.scenario(),
                testsPlan);
    }

    /** Runs set-up work as the planner, then puts the caller's sign-in back. */
    public static <T> T asPlanner(Supplier<T> work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(
                new SecurityContextImpl(new TestingAuthenticationToken("planner", null, "ROLE_PLANNER")));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }
}
