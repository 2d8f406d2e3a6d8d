package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.PlanElementService;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The coverage rule: each element in use is flagged until an exercise held in the plan's current test cycle met or
 * partly met it; the flags reach the alerts with the plan's test date. Each test makes its own plan, works in years
 * no other test uses and is rolled back.
 */
@PlannerContextTest
@Transactional
@WithMockUser(username = "planner", roles = "PLANNER")
class ElementCoverageTest {

    @Autowired
    PlanRepository planRecords;

    @Autowired
    PlanService plans;

    @Autowired
    PlanElementService elements;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ElementMarkService marks;

    @Autowired
    CoverageService coverage;

    @Autowired
    List<DeadlineProvider> providers;

    @Autowired
    MutableClock clock;

    String planId;

    @BeforeEach
    void ownPlan() {
        planId = "cover-" + UUID.randomUUID().toString().substring(0, 8);
        planRecords.save(new Plan(planId, "Coverage plan " + planId));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyStandardElementIsFlaggedUntilAHeldExerciseOfTheCycleMeetsIt() {
        clock.setDate(LocalDate.of(2041, 6, 15));
        assertThat(coverage.forPlan(planId).orElseThrow().flagged())
                .as("no dates: the cycle is unknown, so nothing can be flagged against it")
                .isEmpty();
        plans.recordTest(planId, LocalDate.of(2040, 5, 10), null, "Tabletop before the system");

        ElementCoverage before = coverage.forPlan(planId).orElseThrow();
        assertThat(before.cycle().start()).isEqualTo(LocalDate.of(2040, 5, 10));
        assertThat(before.cycle().due()).isEqualTo(LocalDate.of(2043, 5, 10));
        assertThat(before.rows())
                .extracting(r -> r.element().key())
                .startsWith("activation", "command-off-site", "warning-and-call-out")
                .hasSize(8);
        assertThat(before.flagged())
                .hasSize(8)
                .allSatisfy(r -> assertThat(r.flag()).isEqualTo(CoverageRules.NOT_TESTED));
        assertThat(untestedDeadline()).satisfies(d -> {
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2043, 5, 10));
            assertThat(d.title()).startsWith("8 elements of Coverage plan");
            assertThat(d.link()).isEqualTo("plans/" + planId + "/coverage");
        });

        long exerciseId = heldLater(LocalDate.of(2041, 6, 10), false);
        marks.mark(exerciseId, planId, "warning-and-call-out", ElementResult.TO_BE_TESTED, null);
        assertThatThrownBy(() -> marks.mark(exerciseId, planId, "warning-and-call-out", ElementResult.MET, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("result"));
        exercises.markHeld(exerciseId, LocalDate.of(2041, 6, 10));
        assertThat(row("warning-and-call-out").flag()).isEqualTo(CoverageRules.AWAITING_RESULT);

        marks.mark(exerciseId, planId, "warning-and-call-out", ElementResult.MET, "Call-out within 12 minutes");
        marks.mark(exerciseId, planId, "informing-the-public", ElementResult.NOT_MET, "Sirens not heard in Weston");
        marks.mark(exerciseId, planId, "activation", ElementResult.PARTLY_MET, null);
        assertThat(row("warning-and-call-out").flagged()).isFalse();
        assertThat(row("warning-and-call-out").lastTested()).isEqualTo(LocalDate.of(2041, 6, 10));
        assertThat(row("activation").flagged())
                .as("partly met counts as proven")
                .isFalse();
        assertThat(row("informing-the-public").flag()).isEqualTo(CoverageRules.NOT_MET);
        assertThat(row("informing-the-public").lastResult()).isEqualTo(ElementResult.NOT_MET);
        assertThat(coverage.forPlan(planId).orElseThrow().columns())
                .extracting(ElementCoverage.Column::exerciseId)
                .containsExactly(exerciseId);
        assertThat(untestedDeadline().title()).startsWith("6 elements");

        // Planners refine the list: a retired element needs no test; one of the plan's own does.
        elements.setRetired(planId, "informing-other-services", true);
        PlanElement restCentres = elements.add(planId, "Rest centres", "Opening rest centres for evacuees");
        assertThat(row("informing-other-services").flagged()).isFalse();
        assertThat(row(restCentres.key()).flag()).isEqualTo(CoverageRules.NOT_TESTED);
        assertThatThrownBy(() -> elements.add(planId, "rest centres", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("elementTitle"));
    }

    @Test
    void aNewTestStartsANewCycleSoEarlierResultsNoLongerCoverTheElements() {
        clock.setDate(LocalDate.of(2045, 6, 15));
        plans.recordTest(planId, LocalDate.of(2044, 1, 20), null, "Before the system");
        long early = heldLater(LocalDate.of(2045, 3, 3), false);
        exercises.markHeld(early, LocalDate.of(2045, 3, 3));
        marks.mark(early, planId, "coordinating-resources", ElementResult.MET, null);
        assertThat(row("coordinating-resources").flagged()).isFalse();

        long test = heldLater(LocalDate.of(2045, 6, 12), true);
        marks.mark(test, planId, "activation", ElementResult.TO_BE_TESTED, null);
        exercises.markHeld(test, LocalDate.of(2045, 6, 12));
        marks.mark(test, planId, "activation", ElementResult.MET, null);

        ElementCoverage after = coverage.forPlan(planId).orElseThrow();
        assertThat(after.cycle().start()).isEqualTo(LocalDate.of(2045, 6, 12));
        assertThat(after.cycle().due()).isEqualTo(LocalDate.of(2048, 6, 12));
        assertThat(after.columns())
                .extracting(ElementCoverage.Column::exerciseId)
                .containsExactly(test);
        assertThat(row("coordinating-resources").flag()).isEqualTo(CoverageRules.NOT_TESTED);
        assertThat(row("coordinating-resources").lastTested()).isEqualTo(LocalDate.of(2045, 3, 3));
        assertThat(row("activation").flagged()).isFalse();
        assertThat(untestedDeadline().dueDate()).isEqualTo(LocalDate.of(2048, 6, 12));
    }

    @Test
    void onlyAPlanOfTheExerciseAndOneOfItsElementsCanBeMarked() {
        clock.setDate(LocalDate.of(2046, 6, 15));
        long exerciseId = heldLater(LocalDate.of(2046, 6, 20), false);
        assertThatThrownBy(
                        () -> marks.mark(exerciseId, "univar-widnes", "activation", ElementResult.TO_BE_TESTED, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("planId"));
        assertThatThrownBy(() -> marks.mark(exerciseId, planId, "no-such-element", ElementResult.TO_BE_TESTED, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("element"));
        marks.mark(exerciseId, planId, "mitigation-off-site", ElementResult.TO_BE_TESTED, "Domino effects on Koura");
        marks.unmark(exerciseId, planId, "mitigation-off-site");
        assertThat(marks.marks(exerciseId)).isEmpty();
    }

    @Test
    void badElementsAndNotesAreRefusedNamingTheFieldAndNothingIsStored() {
        clock.setDate(LocalDate.of(2047, 6, 15));
        refused(
                () -> elements.add(planId, "  ", null),
                "elementTitle",
                "Name the element (e.g. Shelter-in-place advice).");
        refused(() -> elements.add(planId, "t".repeat(201), null), "elementTitle", "At most 200 characters, please.");
        refused(
                () -> elements.add(planId, "Rest\ncentres", null),
                "elementTitle",
                "The element's name contains a line break at position 5, but it is a single line: remove it and try again.");
        refused(
                () -> elements.add(planId, "Rest centres", "d".repeat(1001)),
                "elementDetail",
                "At most 1000 characters, please.");
        refused(
                () -> elements.add(planId, "Rest centres", "Open\u0000them"),
                "elementDetail",
                "The description contains a control character (U+0000) at position 5: remove it and try again.");
        assertThat(elements.elements(planId)).noneMatch(e -> e.title().equals("Rest centres"));
        PlanElement kept = elements.add(planId, "  Rest centres ", "  Open them\n and staff them ");
        assertThat(kept.title()).isEqualTo("Rest centres");
        assertThat(kept.detail()).isEqualTo("Open them\n and staff them");

        long exerciseId = heldLater(LocalDate.of(2047, 6, 20), false);
        refused(
                () -> marks.mark(exerciseId, planId, "activation", ElementResult.TO_BE_TESTED, "Bad\u0007note"),
                "note",
                "The note contains a control character (U+0007) at position 4: remove it and try again.");
        refused(
                () -> marks.mark(exerciseId, planId, "activation", ElementResult.TO_BE_TESTED, "n".repeat(1001)),
                "note",
                "At most 1000 characters, please.");
        assertThat(marks.marks(exerciseId)).isEmpty();
        assertThat(marks.mark(exerciseId, planId, "activation", ElementResult.TO_BE_TESTED, "  Sirens  ")
                        .note())
                .isEqualTo("Sirens");
    }

    private static void refused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private Deadline untestedDeadline() {
        return providers.stream()
                .flatMap(p -> p.openDeadlines().stream())
                .filter(d ->
                        d.kind() == DeadlineKind.ELEMENTS_UNTESTED && d.itemId().equals(planId))
                .findFirst()
                .orElseThrow();
    }

    private ElementCoverage.Row row(String key) {
        return coverage.forPlan(planId).orElseThrow().rows().stream()
                .filter(r -> r.element().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** A scheduled tabletop of the plan on {@code day}, 10:00 to 14:00. */
    private long heldLater(LocalDate day, boolean testsPlan) {
        ExerciseDraft draft = ExerciseFixture.draft(
                "Coverage tabletop " + day,
                "tabletop",
                planId,
                day.atTime(LocalTime.of(10, 0)),
                day.atTime(LocalTime.of(14, 0)),
                testsPlan);
        return exercises.schedule(exercises.create(draft).id()).id();
    }
}
