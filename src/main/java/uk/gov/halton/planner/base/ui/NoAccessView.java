package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where a page load the server refused (HTTP 403, a signed-in user opening a page their role may not open by its
 * address) lands: the same words as {@link AccessDeniedView}, inside the application's frame, instead of the
 * server's bare error page. {@link AccessDeniedRedirect} sends the browser here.
 */
@Route("no-access")
@PageTitle("No access")
@PermitAll
public class NoAccessView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph message = new Paragraph();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("path")
                .orElse("");
        // Only a path of this application is echoed, as text.
        String shown = path.startsWith("/") && !path.startsWith("//") ? path : "this page";
        // The server refuses unknown addresses too: those are "Page not found", not "no access".
        if (path.startsWith("/")
                && com.vaadin.flow.router.RouteConfiguration.forApplicationScope()
                        .getRoute(path.substring(1))
                        .isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, shown);
            return;
        }
        removeAll();
        addClassName("error-page");
        message.setText("You do not have access to " + shown
                + ". Your role does not include it; ask an administrator if you need it.");
        add(new H2("You do not have access to this page"), message, new Anchor("", "Go to your home page"));
    }
}
