package uk.gov.halton.planner.alerts.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.domain.AlertProperties;
import uk.gov.halton.planner.base.DatabaseTime;

/**
 * Sends the mail outbox. A message is claimed by one node at a time (an UPDATE that only one can win), sent (up to
 * {@link #BATCH} over one connection), then marked sent; a failure schedules a retry with back-off and keeps the error
 * for administrators. A node that dies between the SMTP server's acceptance and the "sent" mark leaves its claim to
 * expire: the message is sent again with the same Message-ID, so mail systems see one message. With no mail server
 * configured, mail waits here. After {@code planner.mail.max-attempts} failed attempts a message is marked FAILED with
 * its last error, so that a bad address is not retried for ever; an administrator can send it again.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    public static final List<Duration> BACK_OFF = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(3));

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final String node;
    /** A claim older than this is taken to belong to a node that died mid-send; it must outlast a slow send. */
    private final Duration claimTimeout;

    private final int maxAttempts;

    /**
     * Messages sent over one connection. A node that dies mid-batch leaves them all claimed, so the claim timeout must
     * outlast a batch; those the server had accepted are sent again with their Message-ID.
     */
    static final int BATCH = 20;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock, AlertProperties properties) {
        this.maxAttempts = properties.mail().maxAttempts();
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = properties.mail().from();
        this.claimTimeout = properties.mail().claimTimeout();
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    public boolean hasMailServer() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(
            fixedDelayString = "${planner.mail.poll-interval:PT15S}",
            initialDelayString = "${planner.mail.initial-delay:PT20S}")
    public void scheduledSend() {
        sendDue();
    }

    /** Sends what is due now; returns how many were sent. */
    public synchronized int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant staleClaim = now.minus(claimTimeout);
        List<Long> due = jdbc.sql("""
                select id from mail_outbox
                where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_at < ?)
                order by id""")
                .params(DatabaseTime.of(now), DatabaseTime.of(staleClaim))
                .query(Long.class)
                .list();
        int sent = 0;
        for (int first = 0; first < due.size(); first += BATCH) {
            List<Outgoing> batch = new ArrayList<>();
            for (Long id : due.subList(first, Math.min(first + BATCH, due.size()))) {
                int claimed = jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claimed_at = ?, claimed_by = ?, attempts = attempts + 1
                        where id = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_at < ?))""")
                        .params(DatabaseTime.of(now), node, id, DatabaseTime.of(now), DatabaseTime.of(staleClaim))
                        .update();
                if (claimed == 1) {
                    prepare(sender, id, now).ifPresent(batch::add);
                }
            }
            sent += send(sender, batch, now);
        }
        return sent;
    }

    /**
     * A failed message goes back in the queue, due now, with its attempts counted afresh and its last error kept until
     * the next attempt; returns false when it is not (or no longer) a failed message.
     */
    public boolean retry(long id) {
        return jdbc.sql("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? "
                                + "where id = ? and status = 'FAILED'")
                        .params(DatabaseTime.of(clock.instant()), id)
                        .update()
                == 1;
    }

    /** A claimed message and what its failure needs: its row, its recipient and its attempts so far. */
    private record Outgoing(long id, String messageId, String recipient, int attempts, MimeMessage message) {}

    /** A claimed message, made ready to send; empty when it cannot be made (its failure is then recorded). */
    private Optional<Outgoing> prepare(JavaMailSender sender, long id, Instant now) {
        record Row(
                String messageId,
                String recipient,
                String subject,
                String body,
                int attempts,
                String calendarMethod,
                String calendar) {}
        Row row = jdbc.sql("select message_id, recipient, subject, body, attempts, calendar_method, calendar "
                        + "from mail_outbox where id = ?")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7)))
                .single();
        MimeMessage message = new StableIdMessage(session(sender), row.messageId());
        Outgoing outgoing = new Outgoing(id, row.messageId(), row.recipient(), row.attempts(), message);
        try {
            message.setFrom(new InternetAddress(from));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(row.recipient()));
            message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
            if (row.calendar() == null) {
                message.setText(row.body(), StandardCharsets.UTF_8.name());
            } else {
                message.setContent(withCalendar(row.body(), row.calendarMethod(), row.calendar()));
            }
            return Optional.of(outgoing);
        } catch (MessagingException e) {
            failed(outgoing, e, now);
            return Optional.empty();
        }
    }

    /**
     * Sends a batch over one connection to the mail server (a connection per message cost more than the message); the
     * server's refusal of one message fails that message alone. Returns how many were sent.
     */
    private int send(JavaMailSender sender, List<Outgoing> batch, Instant now) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures = new IdentityHashMap<>();
        try {
            sender.send(batch.stream().map(Outgoing::message).toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures.putAll(e.getFailedMessages());
            if (failures.isEmpty()) { // not told which: none is taken as sent (a resend keeps its Message-ID)
                batch.forEach(m -> failures.put(m.message(), e));
            }
        } catch (MailException e) {
            batch.forEach(m -> failures.put(m.message(), e));
        }
        int sent = 0;
        for (Outgoing m : batch) {
            Exception failure = failures.get(m.message());
            if (failure == null) {
                jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
                        .params(DatabaseTime.of(clock.instant()), m.id())
                        .update();
                sent++;
            } else {
                failed(m, failure, now);
            }
        }
        return sent;
    }

    /** Schedules the next attempt with back-off, or gives up after the last one; the error is kept either way. */
    private void failed(Outgoing m, Exception e, Instant now) {
        String error = String.valueOf(e.getMessage());
        error = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (m.attempts() >= maxAttempts) {
            jdbc.sql("update mail_outbox set status = 'FAILED', last_error = ? where id = ?")
                    .params(error, m.id())
                    .update();
            log.error(
                    "Mail {} to {} failed {} times; given up, an administrator can retry it: {}",
                    m.messageId(),
                    m.recipient(),
                    m.attempts(),
                    error);
            return;
        }
        Duration wait = BACK_OFF.get(Math.min(Math.max(m.attempts(), 1), BACK_OFF.size()) - 1);
        jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?")
                .params(DatabaseTime.of(now.plus(wait)), error, m.id())
                .update();
        log.warn(
                "Mail {} to {} failed (attempt {} of {}), retrying in {}: {}",
                m.messageId(),
                m.recipient(),
                m.attempts(),
                maxAttempts,
                wait,
                error);
    }

    /**
     * The text and, as its alternative, the iCalendar object as text/calendar with its method: the form Outlook and
     * Google Calendar show as a meeting (with accept and decline) rather than as an attachment.
     */
    static MimeMultipart withCalendar(String body, String method, String calendar) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeBodyPart ics = new MimeBodyPart();
        ics.setContent(calendar, "text/calendar; charset=UTF-8; method=" + method);
        ics.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
        ics.setHeader("Content-Transfer-Encoding", "8bit");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(ics);
        return alternative;
    }

    private static Session session(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    /** Keeps the Message-ID it was given: JavaMail would otherwise make a new one on every send. */
    static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
