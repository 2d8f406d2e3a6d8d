package uk.gov.halton.planner.alerts.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.Application;
import uk.gov.halton.planner.alerts.AlertSettings;
import uk.gov.halton.planner.alerts.AlertsCreated;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.alerts.Threshold;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks at every open deadline and makes the alerts that are due today: at most one per deadline, due date and
 * threshold, ever. The unique key in the database decides, so a second sweep, a restart, a trigger fired twice or a
 * second node sweeping at the same time make nothing twice. After downtime the sweep makes only the most urgent
 * threshold passed (no flood of stale warnings), and a deadline that moved back to an earlier date finds its old
 * alerts and repeats none.
 */
@Component
public class AlertSweep {

    private static final Logger log = LoggerFactory.getLogger(AlertSweep.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    public record Result(int deadlines, int alertsMade, int superseded) {
    }

    private final org.springframework.beans.factory.ObjectProvider<DeadlineProvider> providers;
    private final AlertStore store;
    private final AlertSettings settings;
    private final UserService users;
    private final AlertPreferences preferences;
    private final JdbcSubscriptions subscriptions;
    private final TransactionTemplate eachAlert;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final AtomicLong sweepsStarted = new AtomicLong();
    private final Object coalesce = new Object();

    AlertSweep(org.springframework.beans.factory.ObjectProvider<DeadlineProvider> providers, AlertStore store, AlertSettings settings, UserService users,
               AlertPreferences preferences, JdbcSubscriptions subscriptions, PlatformTransactionManager transactions,
               ApplicationEventPublisher events, Clock clock,
               @Value("${planner.base-url:http://localhost:8080}") String baseUrl) {
        this.providers = providers;
        this.store = store;
        this.settings = settings;
        this.users = users;
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.eachAlert = new TransactionTemplate(transactions);
        this.eachAlert.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Sweeps unless a sweep started after this call was made: when many changes arrive at once, the sweep that
     * begins after them covers them all, and the rest return at once.
     */
    public void runCovering() {
        long ticket = sweepsStarted.get();
        synchronized (coalesce) {
            if (sweepsStarted.get() == ticket) {
                run();
            }
        }
    }

    public Result run() {
        sweepsStarted.incrementAndGet();
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        Map<String, Deadline> open = new LinkedHashMap<>();
        providers.orderedStream().forEach(p -> p.openDeadlines().forEach(d -> open.put(d.key(), d)));
        Snapshot snapshot = snapshot();

        int superseded = 0;
        for (AlertStore.KnownAlert alert : snapshot.alerts().values()) {
            if (alert.superseded()) {
                continue;
            }
            Deadline now = open.get(alert.kind() + "|" + alert.itemId());
            if (now == null || !now.dueDate().equals(alert.dueDate())) {
                eachAlert.executeWithoutResult(s -> store.supersede(alert.id()));
                superseded++;
            }
        }
        int made = 0;
        for (Deadline d : open.values()) {
            String threshold = threshold(d, today);
            if (threshold != null && make(d, threshold, recipients(d, snapshot), snapshot)) {
                made++;
            }
            if (Threshold.OVERDUE.equals(threshold)) {
                made += escalate(d, today, snapshot);
            }
        }
        if (made > 0 || superseded > 0) {
            log.info("Alert sweep: {} open deadlines, {} alerts made, {} superseded", open.size(), made, superseded);
        }
        return new Result(open.size(), made, superseded);
    }

    /**
     * What the sweep needs besides the deadlines, read once: every alert made so far, the acknowledged deadlines,
     * enabled users (by lower-case name), their preferences and the subscriptions.
     */
    private record Snapshot(Map<String, AlertStore.KnownAlert> alerts, Set<String> acknowledged,
                            Map<String, UserAccount> users, Map<String, AlertPreference> preferences,
                            Map<String, Set<String>> subscribers) {

        Set<String> withRole(Role role) {
            Set<String> names = new TreeSet<>();
            users.values().stream().filter(u -> u.role() == role).forEach(u -> names.add(u.username()));
            return names;
        }

        Optional<UserAccount> user(String username) {
            return Optional.ofNullable(users.get(username.toLowerCase(Locale.ROOT)));
        }
    }

    private Snapshot snapshot() {
        Map<String, UserAccount> enabled = new HashMap<>();
        users.findEnabled().forEach(u -> enabled.put(u.username().toLowerCase(Locale.ROOT), u));
        Map<String, AlertPreference> byUser = new HashMap<>();
        preferences.findAll().forEach(p -> byUser.put(p.getUsername(), p));
        return new Snapshot(store.known(), store.acknowledgedDeadlines(), enabled, byUser, subscriptions.all());
    }

    /** The most urgent threshold this deadline has passed today, or null when none has. */
    String threshold(Deadline d, LocalDate today) {
        if (today.isAfter(d.dueDate())) {
            return Threshold.OVERDUE;
        }
        String passed = null;
        for (int days : settings.leadDays(d.kind())) { // largest first
            if (!today.isBefore(d.dueDate().minusDays(days))) {
                passed = Threshold.daysBefore(days);
            }
        }
        return passed;
    }

    private int escalate(Deadline d, LocalDate today, Snapshot snapshot) {
        int interval = settings.escalationDays();
        if (snapshot.acknowledged().contains(AlertStore.deadlineKey(d))) {
            return 0;
        }
        LocalDate overdueSince = createdOn(d, Threshold.OVERDUE, snapshot).orElse(today);
        if (today.isBefore(overdueSince.plusDays(interval))) {
            return 0;
        }
        if (make(d, Threshold.ESCALATION1, snapshot.withRole(Role.MANAGER), snapshot)) {
            return 1;
        }
        LocalDate firstEscalation = createdOn(d, Threshold.ESCALATION1, snapshot).orElse(today);
        if (!today.isBefore(firstEscalation.plusDays(interval))
                && make(d, Threshold.ESCALATION2, snapshot.withRole(Role.ADMIN), snapshot)) {
            return 1;
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
            snapshot.subscribers().getOrDefault(subject, Set.of()).forEach(names::add);
        }
        return names;
    }

    /** Makes one alert with its notifications and mail in one transaction; false when it already exists. */
    private boolean make(Deadline d, String threshold, Set<String> recipients, Snapshot snapshot) {
        AlertStore.KnownAlert known = snapshot.alerts().get(AlertStore.idempotencyKey(d, threshold));
        if (known != null) {
            return known.superseded() && Boolean.TRUE.equals(eachAlert.execute(status -> store.revive(d, threshold)));
        }
        try {
            Boolean made = eachAlert.execute(status -> {
                Instant now = clock.instant();
                long id = store.insert(d, threshold, now);
                Set<String> notified = new TreeSet<>();
                for (String username : recipients) {
                    snapshot.user(username).ifPresent(user -> {
                        AlertPreference preference = snapshot.preferences().getOrDefault(user.username(),
                                new AlertPreference(user.username()));
                        boolean email = preference.isEmailEnabled() && user.email() != null;
                        store.notify(id, user.username(), email && preference.isWeeklyDigest());
                        if (email && !preference.isWeeklyDigest()) {
                            store.enqueueMail(messageId(id, user.username()), user.email(), subject(d, threshold),
                                    body(d, threshold, user), id, now);
                        }
                        notified.add(user.username());
                    });
                }
                events.publishEvent(new AlertsCreated(Set.copyOf(notified)));
                return true;
            });
            return Boolean.TRUE.equals(made);
        } catch (DuplicateKeyException e) {
            return false; // another node or trigger made it first
        }
    }

    /** The same alert to the same person always carries the same Message-ID, so a resend is the same message. */
    public static String messageId(long alertId, String username) {
        return "<alert-" + alertId + "." + username + "@safer-halton-planner>";
    }

    private static String subject(Deadline d, String threshold) {
        return "[Safer Halton] " + d.kind().title() + ": " + d.title() + " (" + Threshold.describe(threshold) + ")";
    }

    private String body(Deadline d, String threshold, UserAccount user) {
        return "Dear " + user.displayName() + ",\n\n"
                + d.kind().title() + ": " + d.title() + "\n"
                + "Due: " + DAY.format(d.dueDate()) + " (" + Threshold.describe(threshold) + ")\n\n"
                + "Open it: " + baseUrl + "/" + (d.link() == null ? "" : d.link()) + "\n"
                + "Acknowledge it in the notification centre: " + baseUrl + "/alerts\n\n"
                + "You receive this because you own the item, manage emergency planning, or subscribed to it.\n"
                + "Change your alert settings at " + baseUrl + "/alerts/settings\n";
    }

    private LocalDate londonDate(Instant instant) {
        return instant.atZone(Application.LONDON).toLocalDate();
    }

}
