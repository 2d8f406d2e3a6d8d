package uk.gov.halton.planner.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.Role;

import java.util.Locale;

/**
 * Makes the first users of an empty database: one demo user per role with the password "demo" when the demo
 * profile asks for them, otherwise a first administrator from PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD
 * (or --planner.admin.username= and --planner.admin.password=). Nothing else gets a default password.
 */
@Component
@Order(0)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    static final String DEMO_PASSWORD = "demo";

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoUsers;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(AppUsers users, PasswordEncoder passwordEncoder,
                 @Value("${planner.demo-users:false}") boolean demoUsers,
                 @Value("${planner.admin.username:${PLANNER_ADMIN_USERNAME:}}") String adminUsername,
                 @Value("${planner.admin.password:${PLANNER_ADMIN_PASSWORD:}}") String adminPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoUsers = demoUsers;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (demoUsers) {
            String hash = passwordEncoder.encode(DEMO_PASSWORD);
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(Locale.ROOT);
                users.save(new AppUser(name, "Demo " + role.title().toLowerCase(Locale.ROOT),
                        name + "@demo.invalid", role, hash));
            }
            log.warn("Demo profile: created the demo users admin, planner, manager, officer and partner, "
                    + "each with the password '{}'. Do not use the demo profile in production.", DEMO_PASSWORD);
        } else if (!adminUsername.isBlank()) {
            uk.gov.halton.planner.base.UserService.checkPassword(adminPassword);
            users.save(new AppUser(UserNames.normalise(adminUsername), "Administrator", null, Role.ADMIN,
                    passwordEncoder.encode(adminPassword)));
            log.info("Created the first administrator '{}' from the configuration.", adminUsername.trim());
        } else {
            log.warn("The database has no users. Start once with PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD "
                    + "(at least 12 characters) to create the first administrator, or use the demo profile.");
        }
    }
}
