package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Shows errors that no view caught inside the application, instead of Vaadin's default: a broken rule as its
 * message, anything unexpected as a short reference that matches the log line. Errors while opening a page go to
 * {@link ErrorView} instead.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener, ErrorHandler {

    private final EditConflicts conflicts;

    ErrorHandling(EditConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (cause(error, InvalidInputException.class) instanceof InvalidInputException invalid) {
            message = invalid.getMessage();
        } else if (cause(error, ObjectOptimisticLockingFailureException.class) != null) {
            // Two saves of the same version at the same moment: the check passed for both, the database refused one.
            message = conflicts.refused(null, null).getMessage();
        } else {
            message = UnexpectedErrors.message(UnexpectedErrors.log(error));
        }
        if (UI.getCurrent() != null) {
            uk.gov.halton.planner.base.Kit.failed(message);
        }
    }

    private static Throwable cause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
