package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.alerts.OutboxEntry;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Role;

/**
 * The mail outbox: what was sent, what waits (no mail server, or retrying), what failed for good, and the last error
 * of each. A failed message can be sent again, after a confirmation.
 */
@Route("admin/outbox")
@PageTitle("Mail outbox")
@Menu(order = 92, icon = "vaadin:envelopes", title = "Mail outbox")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends VerticalLayout {

    static final String FAILED = "FAILED";
    private static final String PENDING = "PENDING";

    final Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
    final Checkbox failedOnly = new Checkbox("Only messages that failed", false);
    private final AlertService alerts;

    public OutboxView(AlertService alerts) {
        this.alerts = alerts;
        setSizeFull();
        if (!alerts.mailServerConfigured()) {
            add(new Paragraph("No mail server is configured (spring.mail.host): mail waits here and is sent once "
                    + "one is. Nothing is lost."));
        }
        var created = grid.addColumn(e -> when(e.createdAt()))
                .setHeader("Created")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var to = grid.addColumn(OutboxEntry::recipient)
                .setHeader("To")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // The subject and the error take the spare width and show their whole text on hover or focus: beside the
        // navigation at 1280 px the other columns leave them little, and an error's full text would widen the table.
        grid.addColumn(OutboxEntry::subject)
                .setHeader("Subject")
                .setFlexGrow(3)
                .setTooltipGenerator(OutboxEntry::subject);
        grid.addColumn(e -> Kit.words(e.status()))
                .setHeader("Status")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var attempts = grid.addColumn(OutboxEntry::attempts)
                .setHeader("Attempts")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Only a waiting message has a next attempt; for a sent or failed one the stored time is only when it was
        // last due.
        var next = grid.addColumn(e -> PENDING.equals(e.status()) ? when(e.nextAttemptAt()) : "")
                .setHeader("Next attempt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var error = grid.addColumn(OutboxView::lastError)
                .setHeader("Last error")
                .setWidth("6rem")
                .setFlexGrow(1)
                .setTooltipGenerator(OutboxView::lastError);
        Kit.hideWhenNarrow(grid, created, to, attempts, next, error);
        grid.addComponentColumn(this::retryButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(e ->
                FAILED.equals(e.status()) || e.attempts() >= 3 && !"SENT".equals(e.status()) ? "outbox-failing" : null);
        grid.setEmptyStateText("No mail yet.");
        Button send = new Button("Send waiting mail now", e -> {
            int due = alerts.sendNow();
            Kit.done(uk.gov.halton.planner.base.Dates.plural(due, "waiting message")
                    + " being sent; reload to see them go");
        });
        Button sweep = new Button("Check deadlines now", e -> {
            alerts.sweepNow();
            Kit.done("The deadlines are being checked; the scheduled jobs page shows what it delivered");
        });
        failedOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout tools = new HorizontalLayout(send, sweep, failedOnly);
        tools.setWrap(true);
        add(tools, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(alerts.outbox(1000, failedOnly.getValue()));
    }

    private Button retryButton(OutboxEntry entry) {
        Button retry = new Button("Retry", e -> confirmRetry(entry));
        retry.setVisible(FAILED.equals(entry.status()));
        retry.setAriaLabel("Retry the message to " + entry.recipient());
        return retry;
    }

    void confirmRetry(OutboxEntry entry) {
        Kit.ask(
                "Send this message again?",
                "\"" + entry.subject() + "\" to " + entry.recipient() + " failed " + entry.attempts()
                        + " times (last error: " + entry.lastError()
                        + "). It goes back in the queue and is tried again "
                        + "from its first attempt, with the same Message-ID.",
                "Retry",
                null,
                false,
                () -> {
                    alerts.retryFailedMail(entry.id());
                    Kit.done("Queued again");
                    refresh();
                });
    }

    private static String lastError(OutboxEntry entry) {
        return entry.lastError() == null ? "" : entry.lastError();
    }

    private static String when(Instant instant) {
        return instant == null ? "" : uk.gov.halton.planner.base.Dates.shortDayTime(instant);
    }
}
