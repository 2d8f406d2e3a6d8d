package uk.gov.halton.planner.alerts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistrar;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

/**
 * What the shared test context ({@link uk.gov.halton.planner.exercises.PlannerContextTest}) adds for mail and
 * alerts: a real SMTP server (GreenMail, one per JVM, on a port of its own, running from the start so that the
 * application's mail always has somewhere to go) and deadlines the test sets. The server and the alert tables are
 * shared by every test: a test reads only the mail and alerts of its own (its own users, its own deadline keys and
 * titles), never counts everything, and never empties anything.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AlertTestSupport {

    public static final int SMTP_PORT = freePort();
    public static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    /** The date the alerts tests start from, unless they set another. */
    public static final Instant START = LocalDate.of(2026, 1, 5)
            .atTime(LocalTime.NOON)
            .atZone(PlannerZone.zone())
            .toInstant();

    private static GreenMail server;

    /** The deadlines a test puts in front of the alerts module (emptied after each test). */
    public static class TestDeadlines implements DeadlineProvider {

        public final List<Deadline> deadlines = new CopyOnWriteArrayList<>();

        @Override
        public List<Deadline> openDeadlines() {
            return new ArrayList<>(deadlines);
        }

        @Override
        public java.util.Map<String, String> subjects() {
            return java.util.Map.of("plan:test-plan", "Test plan");
        }
    }

    @Bean
    TestDeadlines testDeadlines() {
        return new TestDeadlines();
    }

    /**
     * The server's port, chosen when the tests start (the host is in the context's properties: the mail sender is
     * made only when a host is set, decided before any bean exists). The server starts with the context.
     */
    @Bean
    DynamicPropertyRegistrar testMailServer() {
        smtp();
        return registry -> registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /**
     * The test SMTP server, running (a test may have stopped it to make sending fail). It holds every test's mail:
     * read only your own (by recipient, subject or Message-ID).
     */
    public static synchronized GreenMail smtp() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(SMTP);
            server.start();
        }
        return server;
    }

    /**
     * Another test's change of a date asks Quartz for a sweep soon: a test that counts what its own sweeps make lets
     * any such sweep finish first, so that none runs under the clock it is about to move.
     */
    public static void awaitNoSweep(Scheduler scheduler) {
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !aSweepIsWaiting(scheduler)
                            && scheduler.getCurrentlyExecutingJobs().stream()
                                    .noneMatch(j ->
                                            j.getJobDetail().getKey().getGroup().equals("alerts")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("A sweep is still waiting or running after 30 s:\n" + quartzState(scheduler), e);
        }
    }

    /** The sweep triggers' states, the jobs running and what Quartz's worker threads are doing, for a stuck sweep. */
    private static String quartzState(Scheduler scheduler) {
        StringBuilder state = new StringBuilder();
        try {
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("alerts-sweep-soon"))) {
                Trigger trigger = scheduler.getTrigger(key);
                state.append("trigger ").append(key).append(' ').append(scheduler.getTriggerState(key));
                if (trigger != null) {
                    state.append(" next ")
                            .append(trigger.getNextFireTime())
                            .append(": ")
                            .append(trigger.getDescription());
                }
                state.append('\n');
            }
            scheduler
                    .getCurrentlyExecutingJobs()
                    .forEach(j -> state.append("running ")
                            .append(j.getTrigger().getKey())
                            .append(" since ")
                            .append(j.getFireTime())
                            .append('\n'));
        } catch (SchedulerException e) {
            state.append("(scheduler: ").append(e.getMessage()).append(")\n");
        }
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().contains("Worker") || thread.getName().contains("Scheduler")) {
                state.append(thread.getName())
                        .append(' ')
                        .append(thread.getState())
                        .append('\n');
                for (StackTraceElement frame : stack) {
                    state.append("    at ").append(frame).append('\n');
                }
            }
        });
        return state.toString();
    }

    private static boolean aSweepIsWaiting(Scheduler scheduler) throws SchedulerException {
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("alerts-sweep-soon"))) {
            Trigger.TriggerState state = scheduler.getTriggerState(key);
            if (state == Trigger.TriggerState.NORMAL || state == Trigger.TriggerState.BLOCKED) {
                return true;
            }
        }
        return false;
    }

    /** Starts the server again after a test stopped it (what it had received is gone). */
    public static GreenMail startMailServer() {
        return smtp();
    }

    /**
     * A user of the test's own, with an address of its own, so that the alerts and mail it receives are only those of
     * the deadlines the test gives it (every manager receives every alert, so a test cannot count a manager's).
     */
    public static UserAccount newUser(UserService users, Role role) {
        String name = "alerts-" + UUID.randomUUID().toString().substring(0, 8);
        return as(
                "admin",
                Role.ADMIN,
                () -> users.create(name, "Test " + name, name + "@example.org", role, "a-long-enough-password"));
    }

    /** Runs the work signed in as this user (a real account, with its role), then puts back who was signed in. */
    public static <T> T as(UserDetailsService accounts, String username, Supplier<T> work) {
        var user = accounts.loadUserByUsername(username);
        return withAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        return withAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role.name()), work);
    }

    private static <T> T withAuthentication(org.springframework.security.core.Authentication who, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(who);
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
