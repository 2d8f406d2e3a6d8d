package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class ShellViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesTheirRoleAndNoAdministration() {
        navigate(HomeView.class);
        assertThat(find(ListItem.class).all()).extracting(li -> li.getText()).containsAll(Role.PARTNER.abilities());
        assertThat(navigationTitles()).contains("Home").doesNotContain("Users", "Audit log");

        AccessDeniedView denied = navigate("admin/users", AccessDeniedView.class);
        assertThat(denied.message.getText()).startsWith("You do not have access to /admin/users");
        assertThat(navigationTitles()).as("the navigation stays").contains("Home");
    }

    @Test
    @WithUserDetails("planner")
    void anUnknownAddressIsPageNotFoundInsideTheFrame() {
        PageNotFoundView notFound = navigate("no-such/page", PageNotFoundView.class);
        assertThat(notFound.message.getText()).startsWith("There is no page at /no-such/page");
        assertThat(navigationTitles()).as("the navigation stays").contains("Home", "Off-site plans");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesUsersAndTheAuditLog() {
        navigate(HomeView.class);
        assertThat(navigationTitles()).contains("Home", "Users", "Audit log");

        UsersView usersView = navigate(UsersView.class);
        // Other tests in this context add users: the demo users are there, one per role, whatever else is.
        assertThat(usersView
                        .grid
                        .getGenericDataView()
                        .getItems()
                        .map(u -> u.username())
                        .toList())
                .contains("admin", "planner", "manager", "officer", "partner");
        navigate(AuditLogView.class);
    }

    @Test
    @WithUserDetails("planner")
    void theThemeChoiceIsRememberedForTheUser() {
        navigate(HomeView.class);
        var toggle = find(com.vaadin.flow.component.button.Button.class)
                .withText("Dark theme")
                .single();
        test(toggle).click();
        assertThat(users.prefersDarkTheme()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Light theme");
        test(toggle).click();
        assertThat(users.prefersDarkTheme()).isFalse();
    }

    private java.util.List<String> navigationTitles() {
        return find(MainLayout.class).single().navigationTitles();
    }
}
