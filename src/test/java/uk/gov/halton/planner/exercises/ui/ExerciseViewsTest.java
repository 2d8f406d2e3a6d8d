package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.ui.AccessDeniedView;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.plans.ui.PlansView;

@PlannerContextTest
class ExerciseViewsTest extends SpringBrowserlessTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    uk.gov.halton.planner.sites.SiteService sites;

    @Test
    @WithUserDetails("planner")
    void aNameOnTwoLinesAndAnOverlongScenarioAreShownBesideTheirFieldsAndNothingIsCreated() {
        ExerciseNewView view =
                newExercise(java.util.Map.of("template", "seminar", "plan", "emerald-kalama", "date", "2031-06-11"));
        String name = "Seminar " + java.util.UUID.randomUUID();
        test(view.name).setValue(name + "\nsecond line");
        test(view.scenario).setValue("s".repeat(4001));
        test(view.create).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage())
                .isEqualTo("The name contains a line break at position " + (name.length() + 1)
                        + ", but it is a single line: remove it and try again.");
        assertThat(view.scenario.isInvalid()).isTrue();
        assertThat(view.scenario.getErrorMessage()).isEqualTo("At most 4000 characters, please.");
        assertThat(view.location.isInvalid()).isFalse();
        assertThat(exercises.findAll()).noneSatisfy(e -> assertThat(e.name()).startsWith(name));
    }

    @Test
    @WithUserDetails("planner")
    void aRuleOnlyTheServiceKnowsIsShownBesideItsFieldNotAsANotification() {
        ExerciseNewView view = newExercise(java.util.Map.of("template", "seminar", "date", "2031-06-11"));
        String name = "Seminar " + java.util.UUID.randomUUID();
        test(view.name).setValue(name);
        test(view.create).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.plans.isInvalid()).isTrue();
        assertThat(view.plans.getErrorMessage()).isEqualTo("Choose the plan (or plans) the exercise tests.");
        assertThat(find(com.vaadin.flow.component.notification.Notification.class)
                        .all())
                .as("no toast")
                .isEmpty();
        assertThat(exercises.findAll()).noneSatisfy(e -> assertThat(e.name()).startsWith(name));
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerCreatesAnExerciseFromTheTemplateLink() {
        ExerciseNewView view =
                newExercise(java.util.Map.of("template", "tabletop", "plan", "emerald-kalama", "date", "2031-05-14"));
        assertThat(view.name.getValue()).startsWith("Tabletop exercise").contains("Emerald Kalama");
        assertThat(view.plans.getValue()).extracting(p -> p.id()).containsExactly("emerald-kalama");
        assertThat(view.date.getValue()).hasToString("2031-05-14");
        assertThat(view.end.getValue()).hasToString("14:00");
        view.location.setValue("Municipal Building, Widnes");
        test(view.create).click();
        ExerciseView created = (ExerciseView) getCurrentView();
        assertThat(exercises.findAll()).anySatisfy(e -> {
            assertThat(e.location()).isEqualTo("Municipal Building, Widnes");
            assertThat(e.status()).isEqualTo(ExerciseStatus.PROPOSED);
        });
        assertThat(created.getPageTitle()).contains("Emerald Kalama");
        assertThat(find(Button.class).withText("Schedule").exists()).isTrue();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerReadsPlansAndTheProgrammeButHasNoWriteControls() {
        // A plan of this test's own that nobody has tested (other tests record tests on the demo plans), added by a
        // planner.
        String untested = "views-" + java.util.UUID.randomUUID();
        ExerciseFixture.asPlanner(() ->
                sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site(untested + "-site", untested)));
        navigate(PlansView.class);
        com.vaadin.flow.component.grid.Grid<?> grid =
                find(com.vaadin.flow.component.grid.Grid.class).single();
        assertThat(grid.getGenericDataView().getItems().map(p -> ((uk.gov.halton.planner.plans.PlanSummary) p).id()))
                .contains("runcorn-site", "emerald-kalama", untested);
        navigate("plans/" + untested, uk.gov.halton.planner.plans.ui.PlanView.class);
        assertThat(find(Span.class).withText("No test recorded").exists()).isTrue();
        assertThat(find(Button.class).withText("Edit plan").exists()).isFalse();
        navigate(ProgrammeView.class);
        assertThat(find(Button.class)
                        .withText("Propose exercises for three years")
                        .exists())
                .isFalse();
        assertThat(find(Span.class).withText("This year:").exists()).isTrue();
        // The plans' checks: one table of markup with a row per plan, linking to the plan.
        String checks = find(com.vaadin.flow.component.Html.class).all().stream()
                .filter(h -> h.getElement().getAttribute("class").contains("programme-checks"))
                .findFirst()
                .orElseThrow()
                .getInnerHtml();
        assertThat(checks).contains("href=\"plans/" + untested + "\"").contains("data-label=\"Next test due\"");
        navigate("programme/" + (programmes.currentYear().startYear() - 1), ProgrammeView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .withTextContaining(programmes.currentYear().previous().label())
                        .exists())
                .isTrue();
        navigate("exercises/new", AccessDeniedView.class);
        navigate("admin/scheduled-events", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerApprovesTheYearsProgramme() {
        navigate(ProgrammeView.class);
        Button approve = find(Button.class).withTextContaining("Approve the").single();
        test(approve).click();
        // It asks first, saying what is at risk in the year; nothing is approved until the manager confirms.
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        assertThat(dialog.getHeaderTitle())
                .startsWith("Approve the " + programmes.currentYear().label());
        assertThat(dialog.getElement().getTextRecursively()).containsAnyOf("at risk in it", "Nothing in it is at risk");
        assertThat(programmes.approval(programmes.currentYear())).isEmpty();
        test(find(Button.class).withText("Approve").single()).click();
        assertThat(programmes.approval(programmes.currentYear()))
                .hasValueSatisfying(a -> assertThat(a.approvedBy()).isEqualTo("manager"));
        assertThat(find(Span.class)
                        .withTextContaining("Approved by manager at ")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withTextContaining("Approve the").exists())
                .as("the button gives way")
                .isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerProposesAcceptsAndRejects() {
        navigate(ProgrammeView.class);
        test(find(Button.class).withText("Propose exercises for three years").single())
                .click();
        // Proposals left open by an earlier test are replaced only once the planner says so.
        find(Button.class).withText("Replace proposals").all().forEach(b -> test(b).click());
        var open = programmes.openProposals();
        assertThat(open).isNotEmpty();
        var rejected = open.getFirst();
        programmes.reject(rejected.id());
        assertThat(programmes.openProposals()).extracting(p -> p.id()).doesNotContain(rejected.id());

        test(find(Button.class).withText("Propose exercises for three years").single())
                .click();
        var first = programmes.openProposals().getFirst();
        var exercise = programmes.accept(first.id());
        assertThat(exercise.status()).isEqualTo(ExerciseStatus.PROPOSED);
        assertThat(exercise.date()).isEqualTo(first.date());
        assertThat(programmes.openProposals()).extracting(p -> p.id()).doesNotContain(first.id());
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheCalendar() {
        CalendarView calendar = navigate(CalendarView.class);
        assertThat(find(Button.class).withText("Make a feed address").exists()
                        || find(Button.class)
                                .withTextContaining("Make a new address")
                                .exists())
                .isTrue();
        java.time.LocalDate day = exercises.today().plusDays(75);
        var exercise =
                exercises.create(exercises.draftFromTemplate("tabletop", java.util.List.of("emerald-kalama"), day));
        assertThat(calendar.entries(day, day)).anySatisfy(entry -> {
            assertThat(entry.link()).isEqualTo("exercises/" + exercise.id());
            assertThat(entry.date()).isEqualTo(day);
        });
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheQuartzTriggersWithTheirNextFireTimes() {
        var exercise = exercises.schedule(exercises
                .create(exercises.draftFromTemplate(
                        "tabletop",
                        java.util.List.of("emerald-kalama"),
                        exercises.today().plusMonths(4)))
                .id());
        ScheduledEventsView view = navigate(ScheduledEventsView.class);
        var triggers = test(view.triggers);
        java.util.Map<String, String> nextFire = new java.util.HashMap<>();
        for (int row = 0; row < triggers.size(); row++) {
            nextFire.put(triggers.getCellText(row, 0), triggers.getCellText(row, 1));
        }
        assertThat(nextFire.get("Alert sweep, daily at 06:00 Europe/London")).endsWith(" 06:00");
        assertThat(nextFire.get("Weekly digest, Mondays at 08:00 Europe/London"))
                .endsWith(" 08:00");
        java.time.LocalDate dayBefore = exercise.date().minusDays(1);
        assertThat(nextFire.get("Exercise tomorrow: " + exercise.name()))
                .isEqualTo(dayBefore.getDayOfMonth() + " "
                        + dayBefore.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Ui.UK)) + " 09:00");
    }

    @Test
    @WithUserDetails("partner")
    void aPlansTestByAnExerciseIsNamedByTheExerciseNotItsNumber() {
        String plan = "named-test-" + java.util.UUID.randomUUID();
        ExerciseFixture.asPlanner(
                () -> sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site(plan + "-site", plan)));
        String name = ExerciseFixture.heldAsTest(
                        exercises, "Named test", plan, exercises.today().minusDays(3))
                .name();
        navigate("plans/" + plan, uk.gov.halton.planner.plans.ui.PlanView.class);
        @SuppressWarnings("unchecked")
        var tests = (com.vaadin.flow.component.grid.Grid<Object>)
                find(com.vaadin.flow.component.grid.Grid.class).all().stream()
                        .filter(g -> g.getGenericDataView()
                                .getItems()
                                .findFirst()
                                .filter(uk.gov.halton.planner.plans.PlanTestRecord.class::isInstance)
                                .isPresent())
                        .findFirst()
                        .orElseThrow();
        var by = (com.vaadin.flow.component.html.Anchor) test(tests).getCellComponent(0, 1);
        assertThat(by.getText()).isEqualTo("Exercise: " + name);
        assertThat(by.getHref())
                .endsWith("exercises/"
                        + ((uk.gov.halton.planner.plans.PlanTestRecord)
                                        test(tests).getRow(0))
                                .exerciseId());
        // The name is the link; the note column is left to what a planner typed.
        assertThat(test(tests).getCellText(0, 3)).isEmpty();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesNoEditableFieldOnAHeldExercise() {
        java.time.LocalDate heldOn = exercises.today().minusDays(10);
        long id = ExerciseFixture.held(exercises, "Partner reads", "emerald-kalama", heldOn)
                .id();
        navigate("exercises/" + id, ExerciseView.class);
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).all())
                .isNotEmpty()
                .allMatch(f -> f.isReadOnly());
        assertThat(find(com.vaadin.flow.component.textfield.TextField.class).all())
                .allMatch(f -> f.isReadOnly());
        assertThat(find(com.vaadin.flow.component.datepicker.DatePicker.class).all())
                .allMatch(f -> f.isReadOnly());
        assertThat(find(Button.class).all())
                .extracting(Button::getText)
                .doesNotContain("Save hot debrief", "Save cold debrief", "Add lesson", "Add action");
    }

    @Test
    @WithUserDetails("planner")
    void aNewExerciseIsOfferedAWorkingDayOutsideTheBlackoutsAtLeastFourWeeksAhead() {
        ExerciseNewView view = navigate("exercises/new", ExerciseNewView.class);
        java.time.LocalDate offered = view.date.getValue();
        assertThat(offered).isAfterOrEqualTo(exercises.today().plusDays(28));
        assertThat(uk.gov.halton.planner.base.WorkingDays.isWorkingDay(offered))
                .as(offered.toString())
                .isTrue();
        assertThat(programmes.settings().blackouts()).noneMatch(b -> b.contains(offered));
        assertThat(programmes.firstSuitableDay(java.time.LocalDate.of(2027, 12, 23)))
                .as("Christmas break skipped")
                .isEqualTo(java.time.LocalDate.of(2027, 12, 23));
        assertThat(programmes.firstSuitableDay(java.time.LocalDate.of(2027, 12, 24)))
                .isEqualTo(java.time.LocalDate.of(2028, 1, 4));
    }

    @Test
    void markHeldNeverOffersAFutureDay() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 3, 10);
        assertThat(ExerciseView.heldOnDefault(exercise(today.plusDays(1), today.plusDays(1)), today))
                .as("not yet begun")
                .isNull();
        assertThat(ExerciseView.heldOnDefault(exercise(today.minusDays(8), today.minusDays(8)), today))
                .as("a past one-day exercise: its day")
                .isEqualTo(today.minusDays(8));
        assertThat(ExerciseView.heldOnDefault(exercise(today, today), today))
                .as("today's")
                .isEqualTo(today);
        assertThat(ExerciseView.heldOnDefault(exercise(today.minusDays(1), today.plusDays(1)), today))
                .as("running now over several days: today")
                .isEqualTo(today);
    }

    /** The new-exercise form as a template link opens it, with the link's query parameters. */
    private ExerciseNewView newExercise(java.util.Map<String, String> query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("exercises/new", com.vaadin.flow.router.QueryParameters.simple(query));
        return (ExerciseNewView) getCurrentView();
    }

    private static uk.gov.halton.planner.exercises.ExerciseSummary exercise(
            java.time.LocalDate from, java.time.LocalDate to) {
        return ExerciseFixture.summary(
                1,
                from.atTime(10, 0).atZone(PlannerZone.zone()),
                to.atTime(14, 0).atZone(PlannerZone.zone()));
    }
}
