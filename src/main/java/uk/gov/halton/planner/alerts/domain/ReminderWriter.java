package uk.gov.halton.planner.alerts.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.Threshold;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

/**
 * Writes a reminder as an alert with the threshold {@link Threshold#REMINDER}, through the same writer as the sweep:
 * the alert's unique key makes it once, and its notifications and mail are written with it (the outbox).
 */
@Component
public class ReminderWriter {

    /** Whether this call made the reminder, and how many people it told. */
    public record Written(boolean made, int recipients) {}

    private final AlertWriter writer;
    private final UserService users;
    private final AlertPreferences preferences;
    private final JdbcSubscriptions subscriptions;
    private final AlertStore store;
    private final TransactionTemplate transaction;

    ReminderWriter(
            AlertWriter writer,
            UserService users,
            AlertPreferences preferences,
            JdbcSubscriptions subscriptions,
            AlertStore store,
            PlatformTransactionManager transactions) {
        this.writer = writer;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
    }

    public Written write(Deadline deadline, String note, Set<String> people) {
        Map<String, UserAccount> enabled = new HashMap<>();
        users.findEnabled().forEach(u -> enabled.put(u.username().toLowerCase(Locale.ROOT), u));
        Map<String, AlertPreference> byUser = new HashMap<>();
        preferences.findAll().forEach(p -> byUser.put(p.getUsername(), p));
        Set<String> recipients = new TreeSet<>();
        people.stream()
                .filter(n -> n != null && enabled.containsKey(n.toLowerCase(Locale.ROOT)))
                .forEach(n ->
                        recipients.add(enabled.get(n.toLowerCase(Locale.ROOT)).username()));
        Map<String, Set<String>> subscribers = subscriptions.all();
        deadline.subjects().forEach(s -> recipients.addAll(subscribers.getOrDefault(s, Set.of())));
        AlertWriter.Written written = writer.write(
                java.util.List.of(new AlertWriter.NewAlert(deadline, Threshold.REMINDER, recipients, note)),
                new AlertWriter.People(
                        name -> Optional.ofNullable(enabled.get(name.toLowerCase(Locale.ROOT))), byUser));
        if (written.alerts() == 0 && revive(deadline)) {
            return new Written(true, recipients.size());
        }
        return new Written(written.alerts() > 0, written.notifications());
    }

    /** The item moved away and back: the reminder withdrawn with the move comes back, with its unsent mail. */
    private boolean revive(Deadline deadline) {
        return Boolean.TRUE.equals(transaction.execute(s -> store.revive(deadline, Threshold.REMINDER)));
    }
}
