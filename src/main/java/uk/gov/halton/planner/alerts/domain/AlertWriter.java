package uk.gov.halton.planner.alerts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.AlertsCreated;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.Threshold;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.UserAccount;

/**
 * Writes new alerts with their notifications and mail. Alerts go in transactions of up to {@value #CHUNK}: a
 * national sweep makes a thousand alerts in a few transactions, not a thousand. If another node made one of a chunk
 * first, the unique key refuses it, the chunk rolls back whole, and its alerts are made one at a time instead.
 */
@Component
class AlertWriter {

    static final int CHUNK = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    /** An alert to make: the deadline, the threshold passed and who is told. */
    record NewAlert(Deadline deadline, String threshold, Set<String> recipients, String note) {

        NewAlert(Deadline deadline, String threshold, Set<String> recipients) {
            this(deadline, threshold, recipients, null);
        }
    }

    /** What a write made: alerts, and notifications (one per recipient told). */
    record Written(int alerts, int notifications) {

        static final Written NONE = new Written(0, 0);

        Written plus(Written other) {
            return new Written(alerts + other.alerts, notifications + other.notifications);
        }
    }

    /** Who the recipients are: enabled accounts by user name, and their alert preferences. */
    record People(
            Function<String, java.util.Optional<UserAccount>> accounts, Map<String, AlertPreference> preferences) {}

    private final AlertStore store;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlannerProperties planner;

    AlertWriter(
            AlertStore store,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock,
            PlannerProperties planner) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
        this.planner = planner;
    }

    /** Makes the alerts; returns what this call made (those another node made first are not counted). */
    Written write(List<NewAlert> alerts, People people) {
        Written made = Written.NONE;
        for (int from = 0; from < alerts.size(); from += CHUNK) {
            List<NewAlert> chunk = alerts.subList(from, Math.min(alerts.size(), from + CHUNK));
            try {
                made = made.plus(inOneTransaction(chunk, people));
            } catch (DuplicateKeyException someoneWasFirst) {
                for (NewAlert alert : chunk) {
                    try {
                        made = made.plus(inOneTransaction(List.of(alert), people));
                    } catch (DuplicateKeyException e) {
                        // another node or trigger made this one
                    }
                }
            }
        }
        return made;
    }

    private Written inOneTransaction(List<NewAlert> chunk, People people) {
        Written made = transaction.execute(status -> {
            Instant now = clock.instant();
            Set<String> notified = new TreeSet<>();
            int[] notifications = {0};
            for (NewAlert alert : chunk) {
                long id = store.insert(alert.deadline(), alert.threshold(), now);
                for (String username : alert.recipients()) {
                    people.accounts().apply(username).ifPresent(user -> {
                        notify(id, alert, user, people.preferences(), now);
                        notified.add(user.username());
                        notifications[0]++;
                    });
                }
            }
            events.publishEvent(new AlertsCreated(Set.copyOf(notified)));
            return new Written(chunk.size(), notifications[0]);
        });
        return made == null ? Written.NONE : made;
    }

    private void notify(
            long id, NewAlert alert, UserAccount user, Map<String, AlertPreference> preferences, Instant now) {
        AlertPreference preference = preferences.getOrDefault(user.username(), new AlertPreference(user.username()));
        boolean email = preference.isEmailEnabled() && user.email() != null;
        // A reminder ("exercise tomorrow") is stale by the next Monday, so it is mailed at once even to digest readers.
        boolean digest = preference.isWeeklyDigest() && !Threshold.REMINDER.equals(alert.threshold());
        store.notify(id, user.username(), email && digest);
        if (email && !digest) {
            store.enqueueMail(
                    messageId(id, user.username()),
                    user.email(),
                    subject(alert.deadline(), alert.threshold()),
                    body(alert, user),
                    id,
                    now);
        }
    }

    /** The real time left today, not the threshold's name: an item first seen 11 days away is "due in 11 days". */
    private String timeLeft(Deadline d, String threshold) {
        LocalDate today = clock.instant().atZone(PlannerZone.zone()).toLocalDate();
        return uk.gov.halton.planner.base.Dates.timeLeft(d.dueDate(), today) + Threshold.escalation(threshold);
    }

    /** The same alert to the same person always carries the same Message-ID, so a resend is the same message. */
    static String messageId(long alertId, String username) {
        return "<alert-" + alertId + "." + username + "@safer-halton-planner>";
    }

    private String subject(Deadline d, String threshold) {
        return "[Safer Halton] " + d.kind().title() + ": " + d.title() + " (" + timeLeft(d, threshold) + ")";
    }

    private String body(NewAlert alert, UserAccount user) {
        Deadline d = alert.deadline();
        String threshold = alert.threshold();
        return "Dear " + user.displayName() + ",\n\n"
                + (alert.note() == null ? "" : alert.note() + "\n\n")
                + d.kind().title() + ": " + d.title() + "\n"
                + "Due: " + DAY.format(d.dueDate()) + " (" + timeLeft(d, threshold) + ")\n\n"
                + "Open it: " + planner.link(d.link()) + "\n"
                + "Acknowledge it in the notification centre: " + planner.link("alerts") + "\n\n"
                + "You receive this because you own the item, manage emergency planning, or subscribed to it.\n"
                + "Change your alert settings at " + planner.link("alerts/settings") + "\n";
    }
}
