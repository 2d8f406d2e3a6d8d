package uk.gov.halton.planner.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one account within {@link #WINDOW},
 * that account is refused for {@link #LOCK} even with the right password. Failures are counted under the account
 * the typed name resolves to ({@link UserNames}), in the database, so every spelling of a name and every node count
 * towards the same lock. Names that are no account are not recorded: there is nothing to lock.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the account is locked: the newest {@value #MAX_FAILURES} failures fall within one window, and lately. */
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        List<OffsetDateTime> recent = jdbc.sql("select failed_at from login_failure where username = ? "
                        + "and failed_at > ? order by failed_at desc limit " + MAX_FAILURES)
                .params(UserNames.normalise(username), utc(now.minus(WINDOW.plus(LOCK))))
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .list();
        if (recent.size() < MAX_FAILURES) {
            return false;
        }
        Instant newest = recent.getFirst().toInstant();
        Instant oldest = recent.getLast().toInstant();
        return !oldest.isBefore(newest.minus(WINDOW)) && newest.plus(LOCK).isAfter(now);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String account = UserNames.normalise(event.getAuthentication().getName());
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where username = ? and failed_at < ?")
                .params(account, utc(now.minus(WINDOW.plus(LOCK))))
                .update();
        jdbc.sql("insert into login_failure (username, failed_at) select username, ? from app_user where username = ?")
                .params(utc(now), account)
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where username = ?")
                .param(UserNames.normalise(event.getAuthentication().getName()))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
