package uk.gov.halton.planner.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.AlertTestSupport;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.domain.AlertSweep;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The notification centre, the bell and the outbox page. The alerts here are of a deadline of the test's own (its
 * title carries the test's run), owned by a planner of the test's own who receives nothing else, so what that planner
 * sees is the test's alerts only; the outbox rows the test reads are the ones it wrote.
 */
@PlannerContextTest
class AlertViewsTest extends SpringBrowserlessTest {

    @Autowired
    AlertTestSupport.TestDeadlines deadlines;

    @Autowired
    AlertSweep sweep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlertBroadcaster broadcaster;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.quartz.Scheduler scheduler;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private UserAccount owner;

    /** Runs after the shell was first built (as the annotated user). */
    @BeforeEach
    void oneOverdueTest() {
        owner = AlertTestSupport.newUser(users, Role.PLANNER);
        AlertTestSupport.awaitNoSweep(scheduler);
        deadlines.deadlines.add(new Deadline(
                DeadlineKind.PLAN_TEST,
                "view-plan-" + run,
                "Runcorn Site plan test " + run,
                LocalDate.of(2026, 2, 1),
                owner.username(),
                Set.of("plan:test-plan"),
                "plans/runcorn-site"));
        clock.setDate(LocalDate.of(2026, 1, 25));
    }

    @Test
    void theBellCountsUnreadAlertsLiveAndTheCentreAcknowledgesThem() {
        var user = accounts.loadUserByUsername(owner.username());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        navigate(NotificationCentreView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        bell.refresh();
        assertThat(bell.count.getText()).isEmpty();
        assertThat(broadcaster.listening(owner.username())).isPositive();

        sweep.run(); // the bell hears of the new alert without a reload: its update is queued with UI.access
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(bell.count.getText()).isEqualTo("1");

        NotificationCentreView centre = navigate(NotificationCentreView.class);
        centre.refresh();
        assertThat(test(centre.grid).size()).isEqualTo(1);
        Anchor link = (Anchor) test(centre.grid).getCellComponent(0, 2);
        assertThat(link.getText()).isEqualTo("Runcorn Site plan test " + run);
        assertThat(link.getHref()).isEqualTo("plans/runcorn-site");
        assertThat(test(centre.grid).getCellText(0, 4))
                .as("the time left today, not the threshold")
                .isEqualTo("due in 7 days");
        test((Button) test(centre.grid).getCellComponent(0, 6)).click();
        assertThat(test(centre.grid).size())
                .as("acknowledged alerts leave the open list")
                .isZero();
        test(centre.openOnly).click();
        assertThat(test(centre.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorFindsAFailedMessageAndRetriesItAfterConfirming() {
        java.time.Instant now = clock.instant();
        String failed = "failed-" + run + "@demo.invalid";
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at,
                                         created_at, last_error)
                values (?, ?, 'Failed one', 'Body', 'FAILED', 8, ?, ?, '550 no such user')""")
                .params(
                        "<failed-view-test-" + run + "@safer-halton-planner>",
                        failed,
                        uk.gov.halton.planner.base.DatabaseTime.of(now),
                        uk.gov.halton.planner.base.DatabaseTime.of(now))
                .update();
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at, created_at)
                values (?, ?, 'Sent one', 'Body', 'SENT', 1, ?, ?)""")
                .params(
                        "<sent-view-test-" + run + "@safer-halton-planner>",
                        "sent-" + run + "@demo.invalid",
                        uk.gov.halton.planner.base.DatabaseTime.of(now),
                        uk.gov.halton.planner.base.DatabaseTime.of(now))
                .update();
        OutboxView view = navigate(OutboxView.class);
        assertThat(rowTo(view, "sent-" + run + "@demo.invalid"))
                .as("every message is listed")
                .isNotNegative();
        assertThat(test(view.grid).getCellText(rowTo(view, "sent-" + run + "@demo.invalid"), 5))
                .as("a sent message has no next attempt")
                .isEmpty();
        assertThat(test(view.grid).getCellText(rowTo(view, failed), 5))
                .as("nor has one that failed for good")
                .isEmpty();
        test(view.failedOnly).click();
        assertThat(rowTo(view, "sent-" + run + "@demo.invalid"))
                .as("a sent message is not among the failed")
                .isNegative();
        int row = rowTo(view, failed);
        assertThat(row).isNotNegative();
        assertThat(test(view.grid).getCellText(row, 6)).isEqualTo("550 no such user");
        test((Button) test(view.grid).getCellComponent(row, 7)).click();
        var asked = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        test(find(Button.class).from(asked).withText("Cancel").single()).click();
        assertThat(statusOf(failed)).as("cancelled: nothing changes").isEqualTo("FAILED 8");
        test((Button) test(view.grid).getCellComponent(rowTo(view, failed), 7)).click();
        asked = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        test(find(Button.class).from(asked).withText("Retry").single()).click();
        assertThat(statusOf(failed)).isEqualTo("PENDING 0");
        test(view.failedOnly).click();
        assertThat(test(view.grid).getCellText(rowTo(view, failed), 5))
                .as("queued again, it shows when it will be tried")
                .isNotEmpty();
        test(view.failedOnly).click();
        assertThat(rowTo(view, failed)).as("it is no longer a failed message").isNegative();
    }

    /** The row of the outbox grid of the message to this address, or -1. */
    private int rowTo(OutboxView view, String recipient) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, 1).equals(recipient)) {
                return i;
            }
        }
        return -1;
    }

    private String statusOf(String recipient) {
        return jdbc.sql("select status || ' ' || attempts from mail_outbox where recipient = ?")
                .param(recipient)
                .query(String.class)
                .single();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesNoneOfTheManagersAlerts() {
        sweep.run();
        assertThat(jdbc.sql("select count(*) from alert_notification n join alert a on a.id = n.alert_id "
                                + "where a.item_id = ? and n.username = 'manager'")
                        .param("view-plan-" + run)
                        .query(Long.class)
                        .single())
                .as("the manager was told")
                .isOne();
        NotificationCentreView centre = navigate(NotificationCentreView.class);
        assertThat(test(centre.grid).size()).isZero();
    }
}
