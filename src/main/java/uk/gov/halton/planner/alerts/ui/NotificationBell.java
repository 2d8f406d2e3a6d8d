package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.gov.halton.planner.alerts.AlertService;

/** The bell in the top bar with the unread count, updated live (Vaadin Push) when alerts arrive. */
class NotificationBell extends Button {

    final Span count = new Span();
    private final AlertService alerts;
    private final AlertBroadcaster broadcaster;
    private final String username;
    private Runnable unregister;

    NotificationBell(AlertService alerts, AlertBroadcaster broadcaster, AuthenticationContext authentication) {
        this.alerts = alerts;
        this.broadcaster = broadcaster;
        this.username = authentication.getPrincipalName().orElse("");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("notification-bell");
        count.addClassName("bell-count");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationCentreView.class)));
        refresh();
    }

    void refresh() {
        long unread = alerts.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String label = unread == 0 ? "Notifications: none unread" : "Notifications: " + unread + " unread";
        setAriaLabel(label);
        setTooltipText(label);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // No security context is set here: inside access() Vaadin's security context strategy answers with this UI's
        // session's user. Setting one (and "restoring" what getContext() gave, which is that same session context)
        // left the user signed in on the thread that told the bell, a Quartz worker, whose later jobs then ran as
        // that user: the exercise reminders were refused.
        unregister = broadcaster.register(username, () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
        super.onDetach(event);
    }
}
