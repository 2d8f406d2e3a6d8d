package uk.gov.halton.planner.alerts.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The alerts module's settings: {@code planner.alerts.sweep-cron}, when the daily sweep runs (06:00 in the planner's
 * zone), {@code planner.alerts.retention}, how long delivered mail and withdrawn alerts are kept, and {@code planner.mail.*}, how alert email is sent. The outbox's polling times are read by its
 * {@code @Scheduled} annotation, which takes only placeholders, from the same keys.
 */
@ConfigurationProperties("planner")
public record AlertProperties(Alerts alerts, Mail mail) {

    public AlertProperties {
        alerts = alerts == null ? new Alerts(null, null) : alerts;
        mail = mail == null ? new Mail(null, null, null) : mail;
    }

    /** When the sweep runs, and how long sent or cancelled mail and withdrawn alerts are kept (400 days). */
    public record Alerts(String sweepCron, Duration retention) {
        public Alerts {
            sweepCron = sweepCron == null || sweepCron.isBlank() ? "0 0 6 * * ?" : sweepCron.strip();
            retention = retention == null ? Duration.ofDays(400) : retention;
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("planner.alerts.retention must be positive, not " + retention);
            }
        }
    }

    /**
     * The sender of alert email; how old a claim on a message must be before another node takes it over (it must
     * outlast a batch of slow sends: the outbox sends up to 20 messages over one connection); how many times one
     * message is tried before it is marked failed.
     */
    public record Mail(String from, Duration claimTimeout, Integer maxAttempts) {
        public Mail {
            from = from == null || from.isBlank() ? "Safer Halton Planner <no-reply@localhost>" : from.strip();
            claimTimeout = claimTimeout == null ? Duration.ofMinutes(5) : claimTimeout;
            maxAttempts = maxAttempts == null ? 8 : maxAttempts;
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("planner.mail.max-attempts must be at least 1, not " + maxAttempts);
            }
        }
    }
}
