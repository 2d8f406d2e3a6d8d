package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.Inject;
import uk.gov.halton.planner.exercises.InjectDetails;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Injects seeded from the template's outline have no recipient or expected response: a planner fills them in (and
 * moves the time) on the day-log page before the inject is delivered; once delivered, and for other roles, no.
 */
@PlannerContextTest
class InjectEditTest extends SpringBrowserlessTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    DayLogService log;

    @Test
    @WithUserDetails("planner")
    void aPlannerGivesAnOutlineInjectItsRecipientAndExpectedResponseUntilItIsDelivered() {
        long id = scheduledExercise();
        Inject seeded = log.startFromOutline(id).getFirst();
        assertThat(seeded.toWhom()).isNull();

        navigate("exercises/" + id + "/log", DayLogView.class);
        test(find(Button.class).withClassName("edit-inject").first()).click();
        test(find(TimePicker.class).withCaption("Planned time").first()).setValue(LocalTime.of(10, 15));
        test(find(TextField.class).withClassName("inject-to-whom").single()).setValue("Sample loggist team");
        test(find(TextField.class).withClassName("inject-expected").single())
                .setValue("Open the decision log and call the strategic lead");
        test(find(Button.class).withClassName("save-inject").single()).click();

        Inject edited = log.injects(id).stream()
                .filter(i -> i.id() == seeded.id())
                .findFirst()
                .orElseThrow();
        assertThat(edited.plannedAt()).isEqualTo("10:15");
        assertThat(edited.inject()).isEqualTo(seeded.inject());
        assertThat(edited.toWhom()).isEqualTo("Sample loggist team");
        assertThat(edited.expected()).isEqualTo("Open the decision log and call the strategic lead");
        assertThat(find(Span.class).withText("To: Sample loggist team").exists())
                .isTrue();
        assertThat(find(Span.class)
                        .withText("Expected: Open the decision log and call the strategic lead")
                        .exists())
                .isTrue();

        // A blank inject text is refused beside the field; nothing changes.
        test(find(Button.class).withClassName("edit-inject").first()).click();
        test(find(TextField.class).withCaption("Inject").first()).setValue(" ");
        test(find(Button.class).withClassName("save-inject").single()).click();
        assertThat(find(TextField.class).withCaption("Inject").first().getErrorMessage())
                .isEqualTo("Say what the inject is.");
        assertThat(log.injects(id)).anySatisfy(i -> assertThat(i.toWhom()).isEqualTo("Sample loggist team"));

        log.markDelivered(seeded.id());
        assertThatThrownBy(() ->
                        log.editInject(seeded.id(), new InjectDetails(LocalTime.of(11, 0), "Changed", null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("delivered");
        navigate("exercises/" + id + "/log", DayLogView.class);
        assertThat(find(Button.class)
                        .withAttribute("aria-label", "Edit inject: 10:15 " + seeded.inject())
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerCannotEditAnInject() {
        assertThatThrownBy(() -> log.editInject(1, new InjectDetails(LocalTime.of(10, 0), "x", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long scheduledExercise() {
        return ExerciseFixture.scheduled(exercises, "Operation Sandpiper", "emerald-kalama", LocalDate.of(2052, 3, 9))
                .id();
    }
}
