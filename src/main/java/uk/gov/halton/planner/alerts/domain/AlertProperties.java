package uk.gov.halton.planner.alerts.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The alerts module's settings: {@code planner.alerts.sweep-cron}, when the daily sweep runs (06:00 in the planner's
 * zone), and {@code planner.mail.*}, how alert email is sent. The outbox's polling times are read by its
 * {@code @Scheduled} annotation, which takes only placeholders, from the same keys.
 */
@ConfigurationProperties("planner")
public record AlertProperties(Alerts alerts, Mail mail) {

    public AlertProperties {
        alerts = alerts == null ? new Alerts(null) : alerts;
        mail = mail == null ? new Mail(null, null, null) : mail;
    }

    public record Alerts(String sweepCron) {
        public Alerts {
            sweepCron = sweepCron == null || sweepCron.isBlank() ? "0 0 6 * * ?" : sweepCron.strip();
        }
    }

    /**
     * The sender of alert email; how old a claim on a message must be before another node takes it over (it must
     * outlast a slow send); how many times one message is tried before it is marked failed.
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
