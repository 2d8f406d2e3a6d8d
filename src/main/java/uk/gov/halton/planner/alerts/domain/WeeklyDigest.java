package uk.gov.halton.planner.alerts.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.Threshold;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;

/**
 * The Monday digest for users who chose one: every alert of theirs not yet digested, in one email. The Message-ID
 * names the user and the week, so a second run in the same week makes nothing new.
 */
@Component
public class WeeklyDigest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final JdbcClient jdbc;
    private final AlertStore store;
    private final UserService users;
    private final TransactionTemplate eachUser;
    private final Clock clock;
    private final PlannerProperties planner;

    WeeklyDigest(
            JdbcClient jdbc,
            AlertStore store,
            UserService users,
            PlatformTransactionManager transactions,
            Clock clock,
            PlannerProperties planner) {
        this.jdbc = jdbc;
        this.store = store;
        this.users = users;
        this.eachUser = new TransactionTemplate(transactions);
        this.eachUser.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.planner = planner;
    }

    public static String messageId(String username, LocalDate monday) {
        return "<digest-" + monday + "." + username + "@safer-halton-planner>";
    }

    /** Makes this week's digests; returns how many were made. */
    public int run() {
        Instant now = clock.instant();
        LocalDate monday =
                now.atZone(PlannerZone.zone()).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> usernames = jdbc.sql("""
                select distinct n.username from alert_notification n join alert a on a.id = n.alert_id
                where n.for_digest = true and n.digested_at is null""").query(String.class).list();
        int made = 0;
        for (String username : usernames) {
            UserAccount user = users.findByUsername(username).orElse(null);
            try {
                Boolean done = eachUser.execute(s -> digest(user, username, monday, now));
                if (Boolean.TRUE.equals(done)) {
                    made++;
                }
            } catch (DuplicateKeyException e) {
                // This week's digest for this user exists already (another node, or a second run).
            }
        }
        return made;
    }

    private boolean digest(UserAccount user, String username, LocalDate monday, Instant now) {
        record Line(
                long notificationId,
                String kind,
                String title,
                LocalDate due,
                String threshold,
                String link,
                boolean superseded) {}
        List<Line> lines = jdbc.sql("""
                select n.id, a.kind, a.title, a.due_date, a.threshold, a.link, a.superseded
                from alert_notification n join alert a on a.id = n.alert_id
                where n.username = ? and n.for_digest = true and n.digested_at is null
                order by a.due_date, a.id""")
                .param(username)
                .query((rs, i) -> new Line(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7)))
                .list();
        List<Line> current = lines.stream().filter(l -> !l.superseded()).toList();
        LocalDate today = now.atZone(PlannerZone.zone()).toLocalDate();
        if (user != null && user.email() != null && !current.isEmpty()) {
            StringBuilder body = new StringBuilder("Dear ")
                    .append(user.displayName())
                    .append(",\n\nYour Safer Halton Planner alerts for the week of ")
                    .append(DAY.format(monday))
                    .append(":\n\n");
            for (Line l : current) {
                body.append("- ")
                        .append(DeadlineKind.valueOf(l.kind()).title())
                        .append(": ")
                        .append(l.title())
                        .append(", due ")
                        .append(DAY.format(l.due()))
                        .append(" (")
                        .append(uk.gov.halton.planner.base.Dates.timeLeft(l.due(), today))
                        .append(Threshold.escalation(l.threshold()))
                        .append(")\n  ")
                        .append(planner.link(l.link()))
                        .append('\n');
            }
            body.append("\nAcknowledge them in the notification centre: ")
                    .append(planner.link("alerts"))
                    .append("\n");
            store.enqueueMail(
                    messageId(username, monday),
                    user.email(),
                    "[Safer Halton] Weekly alert digest: " + current.size() + " alert"
                            + (current.size() == 1 ? "" : "s"),
                    body.toString(),
                    null,
                    now);
        }
        for (Line l : lines) {
            jdbc.sql("update alert_notification set digested_at = ? where id = ?")
                    .params(DatabaseTime.of(now), l.notificationId())
                    .update();
        }
        return user != null && user.email() != null && !current.isEmpty();
    }
}
