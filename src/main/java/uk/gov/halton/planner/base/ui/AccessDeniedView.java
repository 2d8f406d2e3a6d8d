package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page the signed-in user's role may not open, said so inside the application's frame (the navigation stays), in
 * place of Vaadin's page-not-found. Vaadin's navigation access control reroutes a refused, signed-in user here.
 */
@ParentLayout(MainLayout.class)
@com.vaadin.flow.router.PageTitle("No access")
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("error-page");
        message.setText("You do not have access to /" + event.getLocation().getPath()
                + ". Your role does not include it; ask an administrator if you need it.");
        add(new H2("You do not have access to this page"), message, new Anchor("", "Go to your home page"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
