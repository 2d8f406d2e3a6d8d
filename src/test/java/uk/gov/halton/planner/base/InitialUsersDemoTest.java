package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.gov.halton.planner.exercises.PlannerContextTest;

@PlannerContextTest
class InitialUsersDemoTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theDemoProfileCreatesOneUserPerRoleWithPasswordDemoHashed() {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            UserAccount account = users.findByUsername(name).orElseThrow();
            assertThat(account.role()).isEqualTo(role);
            var details = userDetails.loadUserByUsername(name);
            assertThat(details.getPassword()).startsWith("{bcrypt}").doesNotContain("demo");
            assertThat(passwordEncoder.matches("demo", details.getPassword())).isTrue();
            assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_" + role.name());
        }
    }
}
