package uk.gov.halton.planner.base.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, that name is refused for {@link #LOCK} even with the right password. Counted per node, in memory.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.isBefore(now.minus(WINDOW.plus(LOCK))));
            return recent.size() >= MAX_FAILURES && recent.peekLast().plus(LOCK).isAfter(now);
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName()), k -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            recent.removeIf(t -> t.isBefore(now.minus(WINDOW)));
            recent.addLast(now);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    /** Guesses at many made-up names must not fill the memory: names idle for a whole window and lock go. */
    private void forgetOld() {
        Instant cutoff = clock.instant().minus(WINDOW.plus(LOCK));
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(cutoff);
            }
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
