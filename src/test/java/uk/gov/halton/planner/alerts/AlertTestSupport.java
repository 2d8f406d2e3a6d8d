package uk.gov.halton.planner.alerts;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.MutableClock;

import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real SMTP server (GreenMail), a clock the test moves, and deadlines the test sets. */
@TestConfiguration
public class AlertTestSupport {

    public static final int SMTP_PORT = freePort();
    public static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    /** The deadlines a test puts in front of the alerts module. */
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
    @Primary
    MutableClock testClock() {
        return new MutableClock(LocalDate.of(2026, 1, 5).atTime(12, 0).atZone(PlannerZone.zone()).toInstant());
    }

    @Bean
    TestDeadlines testDeadlines() {
        return new TestDeadlines();
    }

    public static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
