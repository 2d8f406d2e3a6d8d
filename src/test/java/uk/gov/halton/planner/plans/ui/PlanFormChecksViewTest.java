package uk.gov.halton.planner.plans.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.sites.SiteService;

/** The plan form checks the plan's constraints as it is filled in, with each message beside its field. */
@PlannerContextTest
class PlanFormChecksViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    SiteService sites;

    private String openEditForm() {
        String plan = "plan-" + UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site("site-" + UUID.randomUUID(), plan));
        navigate("plans/" + plan, PlanView.class);
        test(find(Button.class).withText("Edit plan").single()).click();
        return plan;
    }

    @Test
    @WithUserDetails("planner")
    void aTitleOnTwoLinesIsRefusedBesideTheTitleAndNothingIsSaved() {
        String plan = openEditForm();
        PlanSummary before = plans.find(plan).orElseThrow();
        int notificationsBefore = find(Notification.class).all().size();
        TextField title = find(TextField.class).withCaption("Title").single();
        assertThat(title.isReadOnly()).isFalse();
        test(title).setValue("Two\nlines");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage())
                .isEqualTo(
                        "The title contains a line break at position 4, but it is a single line: remove it and try again.");
        assertThat(find(Notification.class).all())
                .as("no message over the dialog")
                .hasSize(notificationsBefore);
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(plans.find(plan).orElseThrow()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("planner")
    void emptyTitleTooLongNotesAndControlCharactersAreEachShownBesideTheirField() {
        String plan = openEditForm();
        PlanSummary before = plans.find(plan).orElseThrow();
        TextField title = find(TextField.class).withCaption("Title").single();
        TextField owner = find(TextField.class).withCaption("Owner").single();
        TextArea notes = find(TextArea.class).withCaption("Notes").single();
        test(title).setValue("");
        test(owner).setValue("Owner\u0007");
        test(notes).setValue("n".repeat(2001));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(title.getErrorMessage()).isEqualTo("A plan needs a title.");
        assertThat(owner.getErrorMessage())
                .isEqualTo("The owner contains a control character (U+0007) at position 6: remove it and try again.");
        assertThat(notes.getErrorMessage()).isEqualTo("At most 2000 characters, please.");
        assertThat(title.isInvalid() && owner.isInvalid() && notes.isInvalid()).isTrue();
        assertThat(plans.find(plan).orElseThrow()).isEqualTo(before);

        test(title).setValue("A good title");
        assertThat(title.isInvalid()).as("checked again as the field changes").isFalse();
    }
}
