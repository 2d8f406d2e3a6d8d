package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Service;
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.base.NavbarContribution;

@Service
class BellContribution implements NavbarContribution {

    private final AlertService alerts;
    private final AlertBroadcaster broadcaster;
    private final AuthenticationContext authentication;

    BellContribution(AlertService alerts, AlertBroadcaster broadcaster, AuthenticationContext authentication) {
        this.alerts = alerts;
        this.broadcaster = broadcaster;
        this.authentication = authentication;
    }

    @Override
    public Component create() {
        return new NotificationBell(alerts, broadcaster, authentication);
    }
}
