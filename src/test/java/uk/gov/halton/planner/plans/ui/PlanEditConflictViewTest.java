package uk.gov.halton.planner.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanEdit;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.sites.SiteService;

/** A planner saving a plan someone changed since they opened the form is told who and when, and keeps their text. */
@PlannerContextTest
class PlanEditConflictViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    SiteService sites;

    @Test
    @WithUserDetails("planner")
    void theSecondSaveIsRefusedNamingWhoAndWhenAndTheFormKeepsWhatWasTyped() {
        String plan = "plan-" + UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site("site-" + UUID.randomUUID(), plan));
        navigate("plans/" + plan, PlanView.class);
        test(find(Button.class).withText("Edit plan").single()).click();
        TextArea notes = find(TextArea.class).withCaption("Notes").single();

        PlanSummary opened = plans.find(plan).orElseThrow();
        uk.gov.halton.planner.ConcurrentEditsTest.asAdmin(() -> plans.update(
                plan,
                new PlanEdit(
                        opened.title(),
                        opened.version(),
                        opened.owner(),
                        opened.lifecycle(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        "Saved first by the administrator",
                        opened.rowVersion())));
        test(notes).setValue("Typed by the planner");
        test(find(Button.class).withText("Save").single()).click();

        String message = find(Notification.class).all().getLast().getElement().getTextRecursively();
        assertThat(message).matches(".*" + uk.gov.halton.planner.ConcurrentEditsTest.BY_ADMIN + ".*");
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(notes.getValue()).isEqualTo("Typed by the planner");
        assertThat(plans.find(plan).orElseThrow().notes()).isEqualTo("Saved first by the administrator");
    }

    @Test
    @WithUserDetails("planner")
    void aBrokenRuleIsShownBesideItsFieldAndTheDialogStaysOpen() {
        String plan = "plan-" + UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site("site-" + UUID.randomUUID(), plan));
        navigate("plans/" + plan, PlanView.class);
        test(find(Button.class).withText("Record a test").single()).click();
        var date = find(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withCaption("Date of the test")
                .single();
        int notificationsBefore = find(Notification.class).all().size();
        test(date).setValue(plans.today().plusDays(3));
        test(find(Button.class).withText("Record").single()).click();

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isNotBlank();
        assertThat(find(Notification.class).all())
                .as("no message over the dialog")
                .hasSize(notificationsBefore);
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(plans.tests(plan)).isEmpty();
    }
}
