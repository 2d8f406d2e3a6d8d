package uk.gov.halton.planner.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The throttle through the real filter chain (HTTP Basic on /api/sites), counted under the account a typed name
 * resolves to and kept in the database, so that look-alike spellings and other nodes share one count.
 */
@PlannerContextTest
class LoginThrottleTest {

    private static final String PASSWORD = "the-right-password";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLookAlikeNameWithADotlessIDoesNotReachTheAccount() throws Exception {
        createUser("officer.lookalike");
        assertThat(basic("officer.lookalike", PASSWORD)).isEqualTo(200);
        assertThat(basic("offıcer.lookalike", PASSWORD)).as("dotless ı").isEqualTo(401);
        assertThat(basic("OFFİCER.LOOKALIKE", PASSWORD)).as("dotted İ").isEqualTo(401);
    }

    @Test
    void creatingAUserAppliesTheSameRuleAsSigningIn() throws Exception {
        createUser(" ＯＦＦＩＣＥＲ.Created ");
        assertThat(users.findByUsername("officer.created"))
                .get()
                .satisfies(account -> assertThat(account.username()).isEqualTo("officer.created"));
        assertThat(basic("officer.created", PASSWORD)).isEqualTo(200);
    }

    @Test
    void failuresUnderEverySpellingOfTheNameCountTowardsOneLock() throws Exception {
        createUser("officer.spelling");
        for (String spelling : new String[] {
            "OFFICER.SPELLING", "ｏｆｆｉｃｅｒ.spelling", " Officer.Spelling ", "ｏｆｆｉｃｅｒ．ｓｐｅｌｌｉｎｇ", "officer.spelling"
        }) {
            assertThat(basic(spelling, "wrong")).isEqualTo(401);
        }
        assertThat(basic("officer.spelling", PASSWORD)).as("locked").isEqualTo(401);
        assertThat(basic("ｏｆｆｉｃｅｒ.spelling", PASSWORD))
                .as("locked under every spelling")
                .isEqualTo(401);
    }

    @Test
    void theLockIsHeldInTheDatabaseSoAnotherNodeSeesIt() throws Exception {
        createUser("officer.nodes");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(basic("officer.nodes", "wrong-" + i)).isEqualTo(401);
        }
        LoginThrottle otherNode = new LoginThrottle(jdbc, java.time.Clock.systemUTC());
        assertThat(otherNode.isLocked("officer.nodes")).isTrue();
        assertThat(otherNode.isLocked("Officer.Nodes")).isTrue();
    }

    @Test
    void fiveFailuresLockAnAccountForFifteenMinutes() {
        createUser("officer.window");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < 4; i++) {
            fail(throttle, "Officer.Window");
        }
        assertThat(throttle.isLocked("officer.window")).isFalse();
        fail(throttle, "officer.window");
        assertThat(throttle.isLocked("officer.window")).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("officer.window")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("officer.window")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLockAndASuccessClearsTheCount() {
        createUser("officer.spread");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < 5; i++) {
            fail(throttle, "officer.spread");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isLocked("officer.spread")).isFalse();

        for (int i = 0; i < 4; i++) {
            fail(throttle, "officer.spread");
        }
        throttle.succeeded(new AuthenticationSuccessEvent(new TestingAuthenticationToken("officer.spread", "x")));
        fail(throttle, "officer.spread");
        assertThat(throttle.isLocked("officer.spread")).isFalse();
    }

    @Test
    void namesThatAreNoAccountAreNotRecorded() {
        LoginThrottle throttle = new LoginThrottle(jdbc, java.time.Clock.systemUTC());
        fail(throttle, "nobody.at.all");
        assertThat(jdbc.sql("select count(*) from login_failure where username = 'nobody.at.all'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void createUser(String name) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
        users.create(name, "Throttle test", null, Role.PARTNER, PASSWORD);
        SecurityContextHolder.clearContext();
    }

    private static void fail(LoginThrottle throttle, String name) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(
                new TestingAuthenticationToken(name, "x"), new BadCredentialsException("bad")));
    }

    private int basic(String name, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sites"))
                                .header("Authorization", "Basic " + credentials)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
