package uk.gov.halton.planner.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** Unexpected errors are shown inside the application with a reference that matches the log line. */
@PlannerContextTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends SpringBrowserlessTest {

    private static final Pattern REFERENCE = Pattern.compile("reference ([0-9a-f]{8})\\.");

    @Autowired
    ErrorHandling handling;

    @Test
    @WithUserDetails("planner")
    void anErrorNoViewCaughtIsShownWithAReferenceThatIsInTheLog(CapturedOutput output) {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(handling);

        handling.error(new ErrorEvent(new IllegalStateException("The database went away")));

        String shown = find(Notification.class).all().getLast().getElement().getTextRecursively();
        Matcher reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as(shown).isTrue();
        assertThat(shown).startsWith("Something went wrong").doesNotContain("database went away");
        assertThat(output.getAll())
                .contains("Unexpected error, reference " + reference.group(1))
                .contains("java.lang.IllegalStateException: The database went away");
    }

    @Test
    @WithUserDetails("planner")
    void aBrokenRuleIsShownAsItsOwnMessageAndNotLoggedAsUnexpected(CapturedOutput output) {
        handling.error(
                new ErrorEvent(new RuntimeException(new InvalidInputException("name", "A <b>name</b> is needed."))));

        Notification shown = find(Notification.class).all().getLast();
        assertThat(shown.getElement().getTextRecursively()).contains("A <b>name</b> is needed.");
        assertThat(output.getAll()).doesNotContain("Unexpected error");
    }

    @Test
    @WithUserDetails("planner")
    void aPageThatFailsToOpenShowsTheErrorPageInTheFrameWithTheLoggedReference(CapturedOutput output) {
        ErrorView view = navigate("test/broken", ErrorView.class);

        Matcher reference = REFERENCE.matcher(view.message.getText());
        assertThat(reference.find()).as(view.message.getText()).isTrue();
        assertThat(view.getParent()).hasValueSatisfying(p -> assertThat(p).isInstanceOf(MainLayout.class));
        assertThat(output.getAll())
                .contains("Unexpected error, reference " + reference.group(1))
                .contains("The page broke while opening");
    }
}
