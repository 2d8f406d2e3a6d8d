package uk.gov.halton.planner.alerts;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.domain.AlertProperties;
import uk.gov.halton.planner.alerts.domain.AlertStore;

/**
 * How other modules send mail: through the one outbox, written in the caller's transaction, so that a message goes
 * if and only if what it tells of was saved, and is retried until sent. Callers check who may cause the mail.
 */
@Service
public class MailQueue {

    /** An iCalendar object sent beside the text as text/calendar with its METHOD (REQUEST, CANCEL). */
    public record CalendarPart(String method, String content) {}

    private final AlertStore store;
    private final Clock clock;
    private final String from;

    MailQueue(AlertStore store, Clock clock, AlertProperties properties) {
        this.store = store;
        this.clock = clock;
        this.from = properties.mail().from();
    }

    /** The sender of the application's mail (planner.mail.from), e.g. "Safer Halton Planner &lt;no-reply@...&gt;". */
    public String from() {
        return from;
    }

    /**
     * Queues a message unless one with this Message-ID was queued before (the same message is never sent twice);
     * returns whether it was queued. {@code messageId} is in angle brackets, e.g. {@code <x.1@safer-halton-planner>}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(String messageId, String recipient, String subject, String body, CalendarPart calendar) {
        return store.enqueueMailOnce(
                messageId,
                recipient,
                subject,
                body,
                calendar == null ? null : calendar.method(),
                calendar == null ? null : calendar.content(),
                clock.instant());
    }
}
