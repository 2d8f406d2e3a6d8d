package uk.gov.halton.planner.base;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.security.AppUser;
import uk.gov.halton.planner.base.security.AppUsers;
import uk.gov.halton.planner.base.security.UserNames;

/** Users and their roles. Every write checks the caller's role here, whatever the UI shows. */
@Service
@Validated
@Transactional
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** Beyond Bean Validation's address rule: a plain address with a top-level domain, as mail servers take. */
    private final AppUsers users;

    private final PasswordEncoder passwordEncoder;

    UserService(AppUsers users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> findAll() {
        return users.findAll().stream()
                .map(AppUser::toAccount)
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
    }

    /** Enabled users with a role, for modules that address people by role (alert recipients). */
    @Transactional(readOnly = true)
    public List<UserAccount> findEnabledByRole(Role role) {
        return users.findByRoleAndEnabledTrueOrderByUsername(role).stream()
                .map(AppUser::toAccount)
                .toList();
    }

    /** Every enabled user, for modules that address many people at once (the alert sweep). */
    @Transactional(readOnly = true)
    public List<UserAccount> findEnabled() {
        return java.util.Arrays.stream(Role.values())
                .flatMap(role -> findEnabledByRole(role).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(UserNames.normalise(username)).map(AppUser::toAccount);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount create(String username, String displayName, String email, Role role, String password) {
        UserDetails details = InputChecks.check(new UserDetails(displayName, email));
        String name = checkUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "The user name '" + name + "' is taken.");
        }
        checkPassword(password);
        AppUser user = new AppUser(
                name, details.displayName(), details.email(), require(role), passwordEncoder.encode(password));
        return users.save(user).toAccount();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount update(long id, String displayName, String email, Role role, boolean enabled) {
        UserDetails details = InputChecks.check(new UserDetails(displayName, email));
        AppUser user = get(id);
        Role newRole = require(role);
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (newRole != Role.ADMIN || !enabled);
        if (losesAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new InvalidInputException("role", "This is the last enabled administrator: make another one first.");
        }
        user.setDisplayName(details.displayName());
        user.setEmail(details.email());
        user.setRole(newRole);
        user.setEnabled(enabled);
        return user.toAccount();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        checkPassword(newPassword);
        get(id).setPasswordHash(passwordEncoder.encode(newPassword));
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = current();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "The current password is not right.");
        }
        checkPassword(newPassword);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    @PreAuthorize("isAuthenticated()")
    public void setDarkTheme(boolean dark) {
        current().setDarkTheme(dark);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean prefersDarkTheme() {
        return current().isDarkTheme();
    }

    private AppUser current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return users.findByUsername(UserNames.normalise(authentication.getName()))
                .orElseThrow(() -> new IllegalStateException("The signed-in user is not in the database"));
    }

    private AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new InvalidInputException("id", "There is no user " + id + "."));
    }

    private static String checkUsername(String username) {
        String name = UserNames.normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "username",
                    "A user name has 3 to 40 characters: lower-case letters, digits, dots, dashes or underscores.");
        }
        return name;
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
    }

    private static Role require(Role role) {
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role.");
        }
        return role;
    }
}
