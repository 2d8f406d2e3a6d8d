package uk.gov.halton.planner.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.AlertTestSupport;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.domain.AlertSweep;

@uk.gov.halton.planner.alerts.AlertsContextTest
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

    /** Runs after the shell was first built, so each test also cleans up after itself. */
    @BeforeEach
    @org.junit.jupiter.api.AfterEach
    void noAlerts() {
        jdbc.sql("delete from mail_outbox").update();
        jdbc.sql("delete from alert_notification").update();
        jdbc.sql("delete from alert").update();
        deadlines.deadlines.clear();
    }

    @BeforeEach
    void oneOverdueTest() {
        deadlines.deadlines.add(new Deadline(
                DeadlineKind.PLAN_TEST,
                "view-plan",
                "Runcorn Site plan test",
                LocalDate.of(2026, 2, 1),
                "planner",
                Set.of("plan:test-plan"),
                "plans/runcorn-site"));
        clock.setDate(LocalDate.of(2026, 1, 25));
    }

    @Test
    @WithUserDetails("manager")
    void theBellCountsUnreadAlertsLiveAndTheCentreAcknowledgesThem() {
        navigate(NotificationCentreView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        bell.refresh();
        assertThat(bell.count.getText()).isEmpty();
        assertThat(broadcaster.listening("manager")).isPositive();

        sweep.run(); // the bell hears of the new alert without a reload: its update is queued with UI.access
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(bell.count.getText()).isEqualTo("1");

        NotificationCentreView centre = navigate(NotificationCentreView.class);
        centre.refresh();
        assertThat(test(centre.grid).size()).isEqualTo(1);
        Anchor link = (Anchor) test(centre.grid).getCellComponent(0, 2);
        assertThat(link.getText()).isEqualTo("Runcorn Site plan test");
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
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at,
                                         created_at, last_error)
                values ('<failed-view-test@safer-halton-planner>', 'nobody@demo.invalid', 'Failed one', 'Body',
                        'FAILED', 8, ?, ?, '550 no such user')""")
                .params(
                        uk.gov.halton.planner.base.DatabaseTime.of(now),
                        uk.gov.halton.planner.base.DatabaseTime.of(now))
                .update();
        jdbc.sql("""
                insert into mail_outbox (message_id, recipient, subject, body, status, attempts, next_attempt_at, created_at)
                values ('<sent-view-test@safer-halton-planner>', 'manager@demo.invalid', 'Sent one', 'Body', 'SENT', 1, ?, ?)""")
                .params(
                        uk.gov.halton.planner.base.DatabaseTime.of(now),
                        uk.gov.halton.planner.base.DatabaseTime.of(now))
                .update();
        OutboxView view = navigate(OutboxView.class);
        test(view.failedOnly).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("550 no such user");
        test((Button) test(view.grid).getCellComponent(0, 7)).click();
        var asked = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        test(find(Button.class).from(asked).withText("Cancel").single()).click();
        assertThat(jdbc.sql("select status || ' ' || attempts from mail_outbox where recipient = 'nobody@demo.invalid'")
                        .query(String.class)
                        .single())
                .as("cancelled: nothing changes")
                .isEqualTo("FAILED 8");
        test((Button) test(view.grid).getCellComponent(0, 7)).click();
        asked = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        test(find(Button.class).from(asked).withText("Retry").single()).click();
        assertThat(jdbc.sql("select status || ' ' || attempts from mail_outbox where recipient = 'nobody@demo.invalid'")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING 0");
        assertThat(test(view.grid).size()).as("no failed message is left").isZero();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerSeesNoneOfTheManagersAlerts() {
        sweep.run();
        NotificationCentreView centre = navigate(NotificationCentreView.class);
        assertThat(test(centre.grid).size()).isZero();
    }
}
