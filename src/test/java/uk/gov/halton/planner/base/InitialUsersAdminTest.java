package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without the demo profile only the configured first administrator exists, and nobody has a default password. */
@uk.gov.halton.planner.FreshInstallContextTest
class InitialUsersAdminTest {

    @Autowired
    UserService users;

    @Test
    void theFirstAdministratorComesFromTheConfigurationAndNoDemoUsersExist() {
        assertThat(users.findByUsername("council.admin"))
                .get()
                .extracting(UserAccount::role)
                .isEqualTo(Role.ADMIN);
        assertThat(users.findByUsername("planner")).isEmpty();
        assertThat(users.findByUsername("admin")).isEmpty();
    }
}
