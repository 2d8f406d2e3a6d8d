package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The users form says what is wrong beside the field, never in a notification, and keeps what was typed. */
@PlannerContextTest
class UserFormTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void aBadEmailIsShownBesideTheFieldAndATakenNameBesideItsOwn() {
        String username = "form." + UUID.randomUUID().toString().substring(0, 8);
        navigate(UsersView.class);
        test(find(Button.class).withText("Add user").single()).click();
        Dialog dialog = find(Dialog.class).single();
        TextField name =
                find(TextField.class).from(dialog).withCaption("User name").single();
        test(name).setValue(username);
        test(find(TextField.class).from(dialog).withCaption("Name").single()).setValue("Fay Former");
        EmailField email = find(EmailField.class).from(dialog).single();
        test(email).setValue("not-an-address");
        test(find(ComboBox.class).from(dialog).withCaption("Role").single()).selectItem(Role.PARTNER.title());
        test(find(PasswordField.class).from(dialog).single()).setValue("long-enough-password");
        test(find(Button.class).from(dialog).withText("Add").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("That is not an email address.");
        assertThat(find(Notification.class).all()).as("no toast").isEmpty();
        assertThat(dialog.isOpened())
                .as("the form stays open with what was typed")
                .isTrue();
        assertThat(email.getValue()).isEqualTo("not-an-address");
        assertThat(users.findByUsername(username)).isEmpty();

        // A rule only the service knows (the name is taken) is shown beside the user name in the same way.
        users.create(username, "Someone First", null, Role.PARTNER, "long-enough-password");
        test(email).setValue(username + "@example.org");
        test(find(Button.class).from(dialog).withText("Add").single()).click();
        assertThat(email.isInvalid()).isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("is taken");
        assertThat(find(Notification.class).all()).as("no toast").isEmpty();
        assertThat(users.findByUsername(username).orElseThrow().displayName()).isEqualTo("Someone First");
    }
}
