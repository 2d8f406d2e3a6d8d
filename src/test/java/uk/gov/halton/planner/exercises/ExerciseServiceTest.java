package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.schedule.JobScheduling;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
class ExerciseServiceTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ElementMarkService marks;

    @Autowired
    PlanService plans;

    @Autowired
    JobScheduling scheduling;

    @Autowired
    MutableClock clock;

    @Autowired
    uk.gov.halton.planner.sites.SiteService sites;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theShippedTemplatesAreLoaded() {
        assertThat(exercises.templates())
                .extracting(ExerciseTemplate::type)
                .contains("seminar", "tabletop", "control-post", "live", "communications");
        ExerciseTemplate tabletop = exercises.template("tabletop").orElseThrow();
        assertThat(tabletop.discussionBased()).isTrue();
        assertThat(tabletop.outline()).first().satisfies(s -> assertThat(s.at()).isEqualTo("00:00"));
    }

    @Test
    void aTabletopFromItsTemplateScheduledAndHeldMovesThePlansNextTestThreeYearsOn() {
        // A plan of this test's own: other tests hold exercises of the demo plans on other days.
        String planId = "tabletop-" + java.util.UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site(planId + "-site", planId));
        LocalDate today = exercises.today();
        ExerciseDraft draft = exercises.draftFromTemplate("tabletop", List.of(planId), today);
        assertThat(draft.name()).startsWith("Tabletop exercise").contains("Edited Works off-site emergency plan");
        assertThat(draft.endsAt()).isEqualTo(draft.startsAt().plusHours(4));
        assertThat(draft.agencies()).contains("Cheshire Fire and Rescue Service");

        ExerciseSummary created = exercises.create(draft);
        assertThat(created.status()).isEqualTo(ExerciseStatus.PROPOSED);
        assertThat(created.startsAt().getZone().getId()).isEqualTo("Europe/London");

        assertThatThrownBy(() -> exercises.markHeld(created.id(), today))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("proposed");
        exercises.schedule(created.id());
        refused("heldOn", () -> exercises.markHeld(created.id(), today.plusDays(1)));
        refused("heldOn", () -> exercises.markHeld(created.id(), today.minusDays(1)));

        ExerciseSummary held = exercises.markHeld(created.id(), today);
        assertThat(held.status()).isEqualTo(ExerciseStatus.HELD);
        PlanSummary plan = plans.find(planId).orElseThrow();
        assertThat(plan.lastTested()).isEqualTo(today);
        assertThat(plan.lastTestExerciseId()).isEqualTo(created.id());
        assertThat(plan.nextTestDue()).isEqualTo(today.plusYears(3));
        assertThat(plans.tests(planId))
                .anySatisfy(t -> assertThat(t.exerciseId()).isEqualTo(created.id()));
    }

    @Test
    void validationNamesTheField() {
        LocalDate date = exercises.today().plusDays(60);
        ExerciseDraft good = exercises.draftFromTemplate("seminar", List.of("univar-widnes"), date);
        LocalDateTime start = good.startsAt();
        LocalDateTime end = good.endsAt();
        java.util.Map.of(
                        "endsAt", ExerciseFixture.draft("X", "seminar", "univar-widnes", start, start, true),
                        "name", ExerciseFixture.draft(" ", "seminar", "univar-widnes", start, end, true),
                        "planIds", ExerciseFixture.draft("X", "seminar", "no-such-plan", start, end, true),
                        "templateType", ExerciseFixture.draft("X", "no-such-type", "univar-widnes", start, end, true))
                .forEach((field, bad) -> refused(field, () -> exercises.create(bad)));

        ExerciseSummary created = exercises.create(good);
        refused("postponeReason", () -> exercises.postpone(created.id(), "  "));
        ExerciseSummary postponed = exercises.postpone(created.id(), "Site turnaround");
        assertThat(postponed.status()).isEqualTo(ExerciseStatus.POSTPONED);
        assertThat(postponed.postponeReason()).isEqualTo("Site turnaround");
        ExerciseSummary moved = exercises.move(
                created.id(),
                version(created.id()),
                good.startsAt().plusDays(7),
                good.endsAt().plusDays(7));
        assertThat(moved.status()).isEqualTo(ExerciseStatus.SCHEDULED);
        assertThat(moved.date()).isEqualTo(date.plusDays(7));
        exercises.cancel(created.id(), "Merged with the live exercise");
        assertThatThrownBy(() -> exercises.schedule(created.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theColdDebriefIsTwoToSixWeeksAfterAndLessonsExportForJol() throws Exception {
        LocalDate heldOn = LocalDate.of(2026, 3, 10);
        clock.setDate(heldOn);
        ExerciseSummary e =
                exercises.create(exercises.draftFromTemplate("communications", List.of("univar-widnes"), heldOn));
        exercises.schedule(e.id());
        exercises.markHeld(e.id(), heldOn);
        exercises.recordHotDebrief(e.id(), version(e.id()), "Call-out worked; two numbers out of date.");
        // The cold debrief is recorded after it happened.
        clock.setDate(heldOn.plusDays(50));
        refused(
                "coldDebriefOn",
                () -> exercises.recordColdDebrief(e.id(), version(e.id()), heldOn.plusDays(13), "Too soon"));
        assertThatThrownBy(() -> exercises.recordColdDebrief(e.id(), version(e.id()), heldOn.plusDays(43), "Too late"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-03-24")
                .hasMessageContaining("2026-04-21");
        assertThat(exercises
                        .recordColdDebrief(e.id(), version(e.id()), heldOn.plusDays(14), "Agreed actions")
                        .coldDebriefOn())
                .isEqualTo(heldOn.plusDays(14));

        exercises.addLesson(
                e.id(), Lesson.Category.DID_NOT_GO_WELL, "Alert and call-out", "=HYPERLINK(\"x\") contact list stale");
        marks.mark(e.id(), "univar-widnes", "warning-and-call-out", ElementResult.PARTLY_MET, "Two numbers stale");
        exercises.addAction(e.id(), "Update the contact list", "Emergency planning officer", heldOn.plusDays(30));
        refused("owner", () -> exercises.addAction(e.id(), "No owner", " ", heldOn));

        String csv = exercises.lessonsCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Lesson ID,Exercise,Exercise date,Exercise type");
        assertThat(csv)
                .contains("Communications exercise")
                .contains("What did not go well")
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK");
        // The elements the exercise tested come from their recorded results, one cell per lesson.
        var rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv))
                .getRecords()
                .stream()
                .filter(r -> r.get("Exercise").equals(e.name()))
                .toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("Plan elements tested")).isEqualTo("Early warning, alert and call-out (Partly met)");
            assertThat(r.get("Participating agencies")).isEqualTo(String.join("; ", e.agencies()));
        });
        assertThat(exercises.actions(e.id()))
                .singleElement()
                .satisfies(a -> assertThat(a.owner()).isEqualTo("Emergency planning officer"));
    }

    @Test
    void quartzTriggersFollowTheExercise() {
        LocalDate date = exercises.today().plusDays(40);
        ExerciseSummary e = exercises.create(exercises.draftFromTemplate("live", List.of("iconichem-widnes"), date));
        assertThat(scheduling.exerciseTriggerExists(e.id())).isFalse();
        exercises.schedule(e.id());
        assertThat(scheduling.exerciseTriggerExists(e.id())).isTrue();
        exercises.postpone(e.id(), "Weather");
        assertThat(scheduling.exerciseTriggerExists(e.id())).isFalse();
        exercises.move(
                e.id(),
                version(e.id()),
                date.plusDays(10).atTime(9, 0),
                date.plusDays(10).atTime(17, 0));
        assertThat(scheduling.exerciseTriggerExists(e.id())).isTrue();
        exercises.cancel(e.id(), null);
        assertThat(scheduling.exerciseTriggerExists(e.id())).isFalse();
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerReadsButCannotWrite() {
        assertThat(exercises.templates()).isNotEmpty();
        assertThat(plans.findAll()).isNotEmpty();
        ExerciseDraft draft = ExerciseFixture.draft(
                "X",
                "tabletop",
                "emerald-kalama",
                LocalDate.of(2030, 5, 1).atTime(10, 0),
                LocalDate.of(2030, 5, 1).atTime(14, 0),
                true);
        assertThatThrownBy(() -> exercises.create(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exercises.markHeld(1, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.recordTest("emerald-kalama", LocalDate.now(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerCannotWriteEither() {
        assertThatThrownBy(() -> exercises.addLesson(1, Lesson.Category.LEARNING_POINT, null, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The call is refused with an error naming {@code field}. */
    private static void refused(String field, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The version of the exercise as a form would open it now. */
    private long version(long id) {
        return exercises.find(id).orElseThrow().rowVersion();
    }
}
