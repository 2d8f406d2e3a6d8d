package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserDetails;
import uk.gov.halton.planner.base.UserService;

/** Administrators add users, change roles, disable accounts and reset passwords. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final UserService users;
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        grid.addColumn(UserAccount::username)
                .setHeader("User name")
                .setSortable(true)
                .setAutoWidth(true);
        var name = grid.addColumn(UserAccount::displayName)
                .setHeader("Name")
                .setSortable(true)
                .setAutoWidth(true);
        var email = grid.addColumn(UserAccount::email)
                .setHeader("Email")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(u -> u.role().title())
                .setHeader("Role")
                .setSortable(true)
                .setAutoWidth(true);
        var enabled = grid.addColumn(u -> u.enabled() ? "Yes" : "No")
                .setHeader("Enabled")
                .setSortable(true)
                .setAutoWidth(true);
        Kit.hideWhenNarrow(grid, name, email, enabled);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setEmptyStateText("No users yet.");
        Button add = new Button("Add user", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(
                "Edit selected",
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::edit));
        add(new HorizontalLayout(add, edit), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }

    private void add() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add user");
        TextField username = new TextField("User name");
        TextField name = new TextField("Name");
        EmailField email = new EmailField("Email");
        ComboBox<Role> role = roleBox();
        PasswordField password = new PasswordField("Initial password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        var checks = Kit.checks(UserDetails.class, Map.of("displayName", name, "email", email));
        Map<String, HasValidation> fields =
                Map.of("username", username, "displayName", name, "email", email, "role", role, "password", password);
        Button save = new Button("Add", e -> {
            if (checks.validate().isOk()) {
                attempt(
                        dialog,
                        fields,
                        username,
                        () -> users.create(
                                username.getValue(),
                                name.getValue(),
                                email.getValue(),
                                role.getValue(),
                                password.getValue()));
            }
        });
        Kit.openForm(dialog, save, new FormLayout(username, name, email, role, password));
        username.focus();
    }

    private void edit(UserAccount user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + user.username());
        TextField name = new TextField("Name", user.displayName(), "");
        EmailField email = new EmailField("Email");
        email.setValue(user.email() == null ? "" : user.email());
        ComboBox<Role> role = roleBox();
        role.setValue(user.role());
        Checkbox enabled = new Checkbox("Enabled", user.enabled());
        PasswordField password = new PasswordField("New password (leave empty to keep)");
        var checks = Kit.checks(UserDetails.class, Map.of("displayName", name, "email", email));
        Map<String, HasValidation> fields =
                Map.of("displayName", name, "email", email, "role", role, "password", password);
        Runnable update = () -> attempt(dialog, fields, role, () -> {
            users.update(user.id(), name.getValue(), email.getValue(), role.getValue(), enabled.getValue());
            if (!password.isEmpty()) {
                users.resetPassword(user.id(), password.getValue());
            }
        });
        Button save = new Button("Save", e -> {
            if (!checks.validate().isOk()) {
                return;
            }
            if (user.enabled() && !enabled.getValue()) {
                Kit.confirm(
                        "Disable " + user.username() + "?",
                        user.displayName() + " will no longer be able to sign "
                                + "in, and their API tokens stop working. Their records and history stay.",
                        "Disable user",
                        null,
                        update);
            } else {
                update.run();
            }
        });
        Kit.openForm(dialog, save, new FormLayout(name, email, role, enabled, password));
    }

    private static ComboBox<Role> roleBox() {
        ComboBox<Role> role = new ComboBox<>("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::title);
        return role;
    }

    /** Saves from a dialog; a broken rule is shown beside its field and the dialog stays open with what was typed. */
    private void attempt(Dialog dialog, Map<String, HasValidation> fields, HasValidation fallback, Runnable action) {
        if (Kit.attempt(action, fields, fallback)) {
            dialog.close();
            refresh();
            Kit.done("Saved");
        }
    }
}
