package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page of the application, said so inside the application's frame. */
@ParentLayout(MainLayout.class)
@com.vaadin.flow.router.PageTitle("Page not found")
@PermitAll
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("error-page");
        String path =
                parameter.hasCustomMessage() && parameter.getCustomMessage().startsWith("/")
                        ? parameter.getCustomMessage()
                        : "/" + event.getLocation().getPath();
        message.setText("There is no page at " + path
                + ". The address may be mistyped, or the record it named no longer exists.");
        add(new H2("Page not found"), message, new Anchor("", "Go to your home page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
