package uk.gov.halton.planner.base.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import uk.gov.halton.planner.MutableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String name) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(new TestingAuthenticationToken(name, "x"),
                new BadCredentialsException("bad")));
    }

    @Test
    void fiveFailuresLockANameForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            fail("Planner");
        }
        assertThat(throttle.isLocked("planner")).isFalse();
        fail("planner");
        assertThat(throttle.isLocked("planner")).isTrue();
        assertThat(throttle.isLocked("manager")).isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("planner")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("planner")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        for (int i = 0; i < 5; i++) {
            fail("officer");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isLocked("officer")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            fail("partner");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(new TestingAuthenticationToken("partner", "x")));
        fail("partner");
        assertThat(throttle.isLocked("partner")).isFalse();
    }
}
