package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open, shown inside the application's frame with a reference that matches the log line.
 * Vaadin picks the most specific error view, so pages not found and access refused keep their own.
 */
@ParentLayout(MainLayout.class)
@com.vaadin.flow.router.PageTitle("Something went wrong")
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UnexpectedErrors.log(parameter.getCaughtException());
        removeAll();
        add(new H2("Something went wrong"), message);
        message.setText(UnexpectedErrors.message(reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
