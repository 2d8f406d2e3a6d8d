package uk.gov.halton.planner.exercises.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import uk.gov.halton.planner.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.plans.ui.PlansView;

import static org.assertj.core.api.Assertions.assertThat;

@PlannerContextTest
class ExerciseViewsTest extends SpringBrowserlessTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProgrammeService programmes;

    @Test
    @WithUserDetails("planner")
    void aPlannerCreatesAnExerciseFromTheTemplateLink() {
        com.vaadin.flow.component.UI.getCurrent().navigate("exercises/new", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("template", "tabletop", "plan", "emerald-kalama", "date", "2031-05-14")));
        ExerciseNewView view = (ExerciseNewView) getCurrentView();
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
        PlansView plans = navigate(PlansView.class);
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).single()).isNotNull();
        navigate("plans/iconichem-widnes", uk.gov.halton.planner.plans.ui.PlanView.class);
        assertThat(find(Span.class).withText("No test recorded").exists()).isTrue();
        assertThat(find(Button.class).withText("Edit plan").exists()).isFalse();
        navigate(ProgrammeView.class);
        assertThat(find(Button.class).withText("Propose exercises for three years").exists()).isFalse();
        assertThat(find(Span.class).withText("This year:").exists()).isTrue();
        navigate("programme/" + (programmes.currentYear().startYear() - 1), ProgrammeView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).withTextContaining(programmes.currentYear().previous().label()).exists()).isTrue();
        navigate("exercises/new", AccessDeniedView.class);
        navigate("admin/scheduled-events", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerApprovesTheYearsProgramme() {
        navigate(ProgrammeView.class);
        Button approve = find(Button.class).withTextContaining("Approve the").single();
        test(approve).click();
        assertThat(programmes.approval(programmes.currentYear()))
                .hasValueSatisfying(a -> assertThat(a.approvedBy()).isEqualTo("manager"));
        assertThat(find(Span.class).withTextContaining("Approved by manager").exists()).isTrue();
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerProposesAcceptsAndRejects() {
        navigate(ProgrammeView.class);
        test(find(Button.class).withText("Propose exercises for three years").single()).click();
        var open = programmes.openProposals();
        assertThat(open).isNotEmpty();
        var first = open.getFirst();
        var exercise = programmes.accept(first.id());
        assertThat(exercise.status()).isEqualTo(ExerciseStatus.PROPOSED);
        assertThat(exercise.date()).isEqualTo(first.date());
        if (open.size() > 1) {
            programmes.reject(open.get(1).id());
            assertThat(programmes.openProposals()).extracting(p -> p.id()).doesNotContain(open.get(1).id());
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheCalendar() {
        CalendarView calendar = navigate(CalendarView.class);
        assertThat(find(Button.class).withText("Make a feed address").exists()
                || find(Button.class).withTextContaining("Make a new address").exists()).isTrue();
        assertThat(calendar.entries(exercises.today().minusYears(1), exercises.today().plusYears(6))).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheQuartzTriggersWithTheirNextFireTimes() {
        var exercise = exercises.schedule(exercises.create(exercises.draftFromTemplate("tabletop",
                java.util.List.of("emerald-kalama"), exercises.today().plusMonths(4))).id());
        ScheduledEventsView view = navigate(ScheduledEventsView.class);
        var triggers = test(view.triggers);
        java.util.Map<String, String> nextFire = new java.util.HashMap<>();
        for (int row = 0; row < triggers.size(); row++) {
            nextFire.put(triggers.getCellText(row, 0), triggers.getCellText(row, 1));
        }
        assertThat(nextFire.get("Alert sweep, daily at 06:00 Europe/London")).endsWith(" 06:00");
        assertThat(nextFire.get("Weekly digest, Mondays at 08:00 Europe/London")).endsWith(" 08:00");
        java.time.LocalDate dayBefore = exercise.date().minusDays(1);
        assertThat(nextFire.get("Exercise tomorrow: " + exercise.name()))
                .isEqualTo(dayBefore.getDayOfMonth() + " " + dayBefore.format(java.time.format.DateTimeFormatter
                        .ofPattern("MMM yyyy", Ui.UK)) + " 09:00");
    }
}
