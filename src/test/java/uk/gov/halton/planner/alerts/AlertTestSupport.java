package uk.gov.halton.planner.alerts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * The alerts context's additions ({@link AlertsContextTest}): a real SMTP server (GreenMail, one per JVM, on a
 * port of its own) and deadlines the test sets.
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

    /** The server's port, chosen when the tests start (the host is in {@link AlertsContextTest}'s properties). */
    @Bean
    DynamicPropertyRegistrar testMailServer() {
        return registry -> registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** The test SMTP server, running and empty (a test may have stopped it to make sending fail). */
    public static synchronized GreenMail smtp() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(SMTP);
            server.start();
        }
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    /** Starts the server again after a test stopped it, keeping nothing it had received. */
    public static GreenMail startMailServer() {
        return smtp();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
