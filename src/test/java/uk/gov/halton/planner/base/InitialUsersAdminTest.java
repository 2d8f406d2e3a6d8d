package uk.gov.halton.planner.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the demo profile only the configured first administrator exists, and nobody has a default password. */
@SpringBootTest(properties = {"planner.admin.username=Council.Admin", "planner.admin.password=a-strong-first-password"})
class InitialUsersAdminTest {

    @Autowired
    UserService users;

    @Test
    void theFirstAdministratorComesFromTheConfigurationAndNoDemoUsersExist() {
        assertThat(users.findByUsername("council.admin")).get()
                .extracting(UserAccount::role).isEqualTo(Role.ADMIN);
        assertThat(users.findByUsername("planner")).isEmpty();
        assertThat(users.findByUsername("admin")).isEmpty();
    }
}
