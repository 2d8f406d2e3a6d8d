package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class UserServiceSecurityTest {

    @Autowired
    UserService users;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerCannotWriteThroughTheServiceEvenWithoutTheUi() {
        assertThatThrownBy(() -> users.create("intruder", "Intruder", null, Role.ADMIN, "long-enough-password"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void aPlannerCannotManageUsersEither() {
        assertThatThrownBy(() -> users.resetPassword(1, "another-long-password"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMIN")
    void anAdministratorCreatesAUserAndTheAuditLogSaysWhoAndWhat() {
        UserAccount created =
                users.create("jo.bloggs", "Jo Bloggs", "jo@example.org", Role.PLANNER, "correct-horse-battery");

        assertThat(created.role()).isEqualTo(Role.PLANNER);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("chief");
            assertThat(entry.entity()).isEqualTo("AppUser");
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.ADDED);
            assertThat(entry.summary()).contains("username: jo.bloggs").doesNotContain("password");
        });

        users.update(created.id(), "Jo Bloggs", "jo@example.org", Role.MANAGER, true);
        assertThat(auditLog.latest(20)).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntry.Kind.CHANGED);
            assertThat(entry.summary()).isEqualTo("role: Planner -> Manager");
        });
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMIN")
    void badInputIsRejectedWithTheFieldNamed() {
        assertThatThrownBy(() -> users.create("x", "X", null, Role.PLANNER, "long-enough-password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.create("shorty", "Shorty", null, Role.PLANNER, "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(
                        () -> users.create("mailer", "Mailer", "not-an-address", Role.PLANNER, "long-enough-password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMIN")
    void theLastEnabledAdministratorCannotBeDemotedOrDisabled() {
        users.create("second.admin", "Second Admin", null, Role.ADMIN, "long-enough-password");
        java.util.List<UserAccount> admins = users.findAll().stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled())
                .toList();
        assertThat(admins).hasSizeGreaterThanOrEqualTo(1);
        for (UserAccount other : admins.subList(1, admins.size())) {
            users.update(other.id(), other.displayName(), other.email(), Role.PLANNER, true);
        }
        UserAccount last = admins.getFirst();
        assertThatThrownBy(() -> users.update(last.id(), last.displayName(), last.email(), Role.PLANNER, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> users.update(last.id(), last.displayName(), last.email(), Role.ADMIN, false))
                .isInstanceOf(InvalidInputException.class);
    }
}
