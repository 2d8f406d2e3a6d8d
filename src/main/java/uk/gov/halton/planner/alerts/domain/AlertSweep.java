package uk.gov.halton.planner.alerts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.AlertSettings;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.alerts.Threshold;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

/**
 * Looks at every open deadline and makes the alerts that are due today: at most one per deadline, due date and
 * threshold, ever. The unique key in the database decides, so a second sweep, a restart, a trigger fired twice or a
 * second node sweeping at the same time make nothing twice. After downtime the sweep makes only the most urgent
 * threshold passed (no flood of stale warnings), and a deadline that moved back to an earlier date finds its old
 * alerts and repeats none. Everything the sweep compares against is read once per sweep, so its cost grows with
 * the open deadlines and active alerts, not with queries per deadline nor with every alert ever made.
 */
@Component
public class AlertSweep {

    private static final Logger log = LoggerFactory.getLogger(AlertSweep.class);

    public record Result(int deadlines, int alertsMade, int superseded, int notifications) {

        /** For the administrators' list of scheduled jobs: what this sweep delivered. */
        @Override
        public String toString() {
            return alertsMade + (alertsMade == 1 ? " alert" : " alerts") + " to " + notifications
                    + (notifications == 1 ? " recipient" : " recipients") + ", " + superseded + " withdrawn, "
                    + deadlines + " open deadlines checked";
        }
    }

    private final ObjectProvider<DeadlineProvider> providers;
    private final AlertStore store;
    private final AlertWriter writer;
    private final AlertSettings settings;
    private final UserService users;
    private final AlertPreferences preferences;
    private final JdbcSubscriptions subscriptions;
    private final TransactionTemplate eachChange;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    AlertSweep(
            ObjectProvider<DeadlineProvider> providers,
            AlertStore store,
            AlertWriter writer,
            AlertSettings settings,
            UserService users,
            AlertPreferences preferences,
            JdbcSubscriptions subscriptions,
            PlatformTransactionManager transactions,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.providers = providers;
        this.store = store;
        this.writer = writer;
        this.settings = settings;
        this.users = users;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.eachChange = new TransactionTemplate(transactions);
        this.eachChange.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.events = events;
    }

    /** The same alert to the same person always carries the same Message-ID, so a resend is the same message. */
    public static String messageId(long alertId, String username) {
        return AlertWriter.messageId(alertId, username);
    }

    public Result run() {
        LocalDate today = LocalDate.now(clock.withZone(PlannerZone.zone()));
        Map<String, Deadline> open = new LinkedHashMap<>();
        providers.orderedStream().forEach(p -> p.openDeadlines().forEach(d -> open.put(d.key(), d)));
        Snapshot snapshot = snapshot(open.values());

        int superseded = supersedeMoved(open, snapshot);
        List<AlertWriter.NewAlert> due = new ArrayList<>();
        int revived = 0;
        for (Deadline d : open.values()) {
            String threshold = threshold(d, today, snapshot);
            if (threshold == null) {
                continue;
            }
            revived += consider(d, threshold, () -> recipients(d, snapshot), snapshot, due);
            if (Threshold.OVERDUE.equals(threshold)) {
                revived += escalate(d, today, snapshot, due);
            }
        }
        AlertWriter.Written written = writer.write(due, snapshot.people());
        int made = revived + written.alerts();
        if (made > 0 || superseded > 0) {
            log.info("Alert sweep: {} open deadlines, {} alerts made, {} superseded", open.size(), made, superseded);
        }
        return new Result(open.size(), made, superseded, written.notifications());
    }

    /**
     * What the sweep needs besides the deadlines, read once: the alerts that can concern them (see
     * {@link AlertStore#known}), the acknowledged deadlines,
     * enabled users (by lower-case name), their preferences, the subscriptions and the lead times.
     */
    private record Snapshot(
            Map<String, AlertStore.KnownAlert> alerts,
            Set<String> acknowledged,
            Map<String, UserAccount> users,
            Map<String, AlertPreference> preferences,
            Map<String, Set<String>> subscribers,
            Map<DeadlineKind, List<Integer>> leadDays,
            int escalationDays) {

        Set<String> withRole(Role role) {
            Set<String> names = new TreeSet<>();
            users.values().stream().filter(u -> u.role() == role).forEach(u -> names.add(u.username()));
            return names;
        }

        Optional<UserAccount> user(String username) {
            return Optional.ofNullable(users.get(username.toLowerCase(Locale.ROOT)));
        }

        AlertWriter.People people() {
            return new AlertWriter.People(this::user, preferences);
        }
    }

    private Snapshot snapshot(java.util.Collection<Deadline> open) {
        LocalDate from =
                open.stream().map(Deadline::dueDate).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate to =
                open.stream().map(Deadline::dueDate).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        Map<String, UserAccount> enabled = new HashMap<>();
        users.findEnabled().forEach(u -> enabled.put(u.username().toLowerCase(Locale.ROOT), u));
        Map<String, AlertPreference> byUser = new HashMap<>();
        preferences.findAll().forEach(p -> byUser.put(p.getUsername(), p));
        Map<DeadlineKind, List<Integer>> leadDays = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            leadDays.put(kind, settings.leadDays(kind));
        }
        return new Snapshot(
                store.known(from, to),
                store.acknowledgedDeadlines(from),
                enabled,
                byUser,
                subscriptions.all(),
                leadDays,
                settings.escalationDays());
    }

    /** Alerts whose deadline is done or moved stop, with their unsent mail. */
    private int supersedeMoved(Map<String, Deadline> open, Snapshot snapshot) {
        int superseded = 0;
        java.util.Set<String> told = new java.util.HashSet<>();
        for (AlertStore.KnownAlert alert : snapshot.alerts().values()) {
            if (alert.superseded()) {
                continue;
            }
            Deadline now = open.get(alert.kind() + "|" + alert.itemId());
            if (now == null || !now.dueDate().equals(alert.dueDate())) {
                eachChange.executeWithoutResult(s -> told.addAll(store.supersede(alert.id())));
                superseded++;
            }
        }
        if (!told.isEmpty()) {
            // Their bells count one fewer now: tell the open ones.
            events.publishEvent(new uk.gov.halton.planner.alerts.AlertsCreated(Set.copyOf(told)));
        }
        return superseded;
    }

    /** The most urgent threshold this deadline has passed today, or null when none has. */
    private static String threshold(Deadline d, LocalDate today, Snapshot snapshot) {
        if (today.isAfter(d.dueDate())) {
            return Threshold.OVERDUE;
        }
        String passed = null;
        for (int days : snapshot.leadDays().get(d.kind())) { // largest first
            if (!today.isBefore(d.dueDate().minusDays(days))) {
                passed = Threshold.daysBefore(days);
            }
        }
        return passed;
    }

    /**
     * An alert never made is queued for the writer; one made and later superseded (the date moved away and back)
     * comes back now, and counts; one already active needs nothing.
     */
    private int consider(
            Deadline d,
            String threshold,
            Supplier<Set<String>> recipients,
            Snapshot snapshot,
            List<AlertWriter.NewAlert> due) {
        AlertStore.KnownAlert known = snapshot.alerts().get(AlertStore.idempotencyKey(d, threshold));
        if (known == null) {
            due.add(new AlertWriter.NewAlert(d, threshold, recipients.get()));
            return 0;
        }
        return known.superseded() && Boolean.TRUE.equals(eachChange.execute(s -> store.revive(d, threshold))) ? 1 : 0;
    }

    /** An overdue deadline nobody acknowledged goes to the managers, and an interval later to the administrators. */
    private int escalate(Deadline d, LocalDate today, Snapshot snapshot, List<AlertWriter.NewAlert> due) {
        int interval = snapshot.escalationDays();
        if (snapshot.acknowledged().contains(AlertStore.deadlineKey(d))) {
            return 0;
        }
        LocalDate overdueSince = createdOn(d, Threshold.OVERDUE, snapshot).orElse(today);
        if (today.isBefore(overdueSince.plusDays(interval))) {
            return 0;
        }
        AlertStore.KnownAlert first = snapshot.alerts().get(AlertStore.idempotencyKey(d, Threshold.ESCALATION1));
        if (first == null || first.superseded()) {
            return consider(d, Threshold.ESCALATION1, () -> snapshot.withRole(Role.MANAGER), snapshot, due);
        }
        if (!today.isBefore(londonDate(first.createdAt()).plusDays(interval))) {
            return consider(d, Threshold.ESCALATION2, () -> snapshot.withRole(Role.ADMIN), snapshot, due);
        }
        return 0;
    }

    private Optional<LocalDate> createdOn(Deadline d, String threshold, Snapshot snapshot) {
        return Optional.ofNullable(snapshot.alerts().get(AlertStore.idempotencyKey(d, threshold)))
                .map(a -> londonDate(a.createdAt()));
    }

    private Set<String> recipients(Deadline d, Snapshot snapshot) {
        Set<String> names = snapshot.withRole(Role.MANAGER);
        if (d.ownerUsername() != null) {
            snapshot.user(d.ownerUsername()).ifPresent(u -> names.add(u.username()));
        }
        for (String subject : d.subjects()) {
            names.addAll(snapshot.subscribers().getOrDefault(subject, Set.of()));
        }
        return names;
    }

    private static LocalDate londonDate(Instant instant) {
        return instant.atZone(PlannerZone.zone()).toLocalDate();
    }
}
