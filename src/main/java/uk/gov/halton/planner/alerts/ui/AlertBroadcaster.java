package uk.gov.halton.planner.alerts.ui;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.gov.halton.planner.alerts.AlertsCreated;

/** Tells open bells of the users concerned that they have new alerts, once the alerts are committed. */
@Component
class AlertBroadcaster {

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    Runnable register(String username, Runnable onNewAlerts) {
        listeners.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(onNewAlerts);
        return () -> listeners.getOrDefault(username, Set.of()).remove(onNewAlerts);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void alertsCreated(AlertsCreated event) {
        event.usernames().forEach(u -> listeners.getOrDefault(u, Set.of()).forEach(Runnable::run));
    }

    /** For tests: how many bells listen for a user. */
    int listening(String username) {
        return listeners.getOrDefault(username, Set.of()).size();
    }

    void forEach(String username, Consumer<Runnable> action) {
        listeners.getOrDefault(username, Set.of()).forEach(action);
    }
}
