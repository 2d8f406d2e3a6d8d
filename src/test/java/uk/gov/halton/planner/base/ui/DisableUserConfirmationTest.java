package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** Disabling a user asks first; cancelling the question changes nothing. */
@PlannerContextTest
class DisableUserConfirmationTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("admin")
    void cancellingTheQuestionLeavesTheUserEnabledAndConfirmingDisablesThem() {
        String username = "leaver." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount made = users.create(username, "Lee Leaver", null, Role.PARTNER, "long-enough-password");
        UsersView view = navigate(UsersView.class);
        UserAccount row = view.grid
                .getGenericDataView()
                .getItems()
                .filter(u -> u.id() == made.id())
                .findFirst()
                .orElseThrow();
        view.grid.select(row);
        test(find(Button.class).withText("Edit selected").single()).click();

        Dialog edit = find(Dialog.class).single();
        test(find(Checkbox.class).from(edit).withCaption("Enabled").single()).click();
        test(find(Button.class).from(edit).withText("Save").single()).click();

        Dialog asked = find(Dialog.class).all().stream()
                .filter(d -> d != edit)
                .findFirst()
                .orElseThrow();
        assertThat(asked.getHeaderTitle()).isEqualTo("Disable " + username + "?");
        test(find(Button.class).from(asked).withText("Cancel").single()).click();
        assertThat(users.findByUsername(username).orElseThrow().enabled())
                .as("cancelled: still enabled")
                .isTrue();
        assertThat(edit.isOpened())
                .as("the form stays open with what was chosen")
                .isTrue();

        test(find(Button.class).from(edit).withText("Save").single()).click();
        Dialog again = find(Dialog.class).all().stream()
                .filter(d -> d != edit && d != asked && d.isOpened())
                .findFirst()
                .orElseThrow();
        test(find(Button.class).from(again).withText("Disable user").single()).click();
        assertThat(users.findByUsername(username).orElseThrow().enabled()).isFalse();
    }
}
