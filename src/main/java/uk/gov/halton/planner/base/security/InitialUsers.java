package uk.gov.halton.planner.base.security;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.StartupTask;

/**
 * Makes the first users of an empty database: one demo user per role with the password "demo" when the demo
 * profile asks for them, otherwise a first administrator from PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD
 * (or --planner.admin.username= and --planner.admin.password=). Nothing else gets a default password.
 */
@Component
@Order(0)
class InitialUsers implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    static final String DEMO_PASSWORD = "demo";
    /**
     * BCrypt of "demo", made once, so that a first start does not do BCrypt's deliberately slow work. A shared salt
     * is harmless for a password that is published anyway; InitialUsersDemoTest checks that it matches "demo".
     */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$6uOJyCdHcE.M1mGV2r.SHOfbndIIaVP2YXIbM5lUx6fmQdDWUTOZS";

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoUsers;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(AppUsers users, PasswordEncoder passwordEncoder, PlannerProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoUsers = properties.demoUsers();
        this.adminUsername = properties.admin().username();
        this.adminPassword = properties.admin().password();
    }

    @Override
    @Transactional
    public void runAtStartup() {
        if (users.count() > 0) {
            return;
        }
        if (demoUsers) {
            String hash = DEMO_PASSWORD_HASH;
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(Locale.ROOT);
                users.save(new AppUser(
                        name, "Demo " + role.title().toLowerCase(Locale.ROOT), name + "@demo.invalid", role, hash));
            }
            log.warn(
                    "Demo profile: created the demo users admin, planner, manager, officer and partner, "
                            + "each with the password '{}'. Do not use the demo profile in production.",
                    DEMO_PASSWORD);
        } else if (!adminUsername.isBlank()) {
            uk.gov.halton.planner.base.UserService.checkPassword(adminPassword);
            users.save(new AppUser(
                    UserNames.normalise(adminUsername),
                    "Administrator",
                    null,
                    Role.ADMIN,
                    passwordEncoder.encode(adminPassword)));
            log.info("Created the first administrator '{}' from the configuration.", adminUsername.trim());
        } else {
            log.warn("The database has no users. Start once with PLANNER_ADMIN_USERNAME and PLANNER_ADMIN_PASSWORD "
                    + "(at least 12 characters) to create the first administrator, or use the demo profile.");
        }
    }
}
