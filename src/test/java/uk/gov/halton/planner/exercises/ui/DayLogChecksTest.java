package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.InjectDetails;
import uk.gov.halton.planner.exercises.LogEntry;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The exercise-day log refuses bad input by its constraints, whoever calls it, with a message naming the field; the
 * page shows it beside that field and keeps what was typed.
 */
@PlannerContextTest
@WithUserDetails("planner")
class DayLogChecksTest extends SpringBrowserlessTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    DayLogService log;

    @Test
    void badInjectsEntriesAndAttendeesAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = scheduledExercise();
        refused(
                () -> log.addInject(id, new InjectDetails(null, "Call-out", null, null)),
                "plannedAt",
                "Enter the planned time (e.g. 10:30).");
        refused(
                () -> log.addInject(id, new InjectDetails(LocalTime.of(10, 0), " ", null, null)),
                "inject",
                "Say what the inject is.");
        refused(
                () -> log.addInject(id, new InjectDetails(LocalTime.of(10, 0), "Call-out", "t".repeat(201), null)),
                "toWhom",
                "At most 200 characters, please.");
        refused(
                () -> log.addInject(id, new InjectDetails(LocalTime.of(10, 0), "Call-out", null, "Reply\u0000")),
                "expected",
                "The expected response contains a control character (U+0000) at position 6: remove it and try again.");
        assertThat(log.injects(id)).isEmpty();

        refused(() -> log.log(id, null, "Sirens on", "k-1"), "kind", "Choose observation or decision.");
        refused(() -> log.log(id, LogEntry.Kind.DECISION, "  ", "k-1"), "text", "Write the observation or decision.");
        refused(
                () -> log.log(id, LogEntry.Kind.DECISION, "x".repeat(2001), "k-1"),
                "text",
                "At most 2000 characters, please.");
        refused(
                () -> log.log(id, LogEntry.Kind.DECISION, "Evacuate\u001b", "k-1"),
                "text",
                "The text contains a control character (U+001B) at position 9: remove it and try again.");
        refused(
                () -> log.log(id, LogEntry.Kind.DECISION, "Evacuate", null),
                "clientKey",
                "The page sent no key for the entry; reload it.");
        assertThat(log.entries(id)).isEmpty();

        refused(
                () -> log.addAttendee(id, "Sam\nOkafor", "Halton Borough Council"),
                "attendeeName",
                "The name contains a line break at position 4, but it is a single line: remove it and try again.");
        refused(
                () -> log.addAttendee(id, "Sam Okafor", ""),
                "attendeeOrganisation",
                "Enter the attendee's organisation.");
        assertThat(log.attendees(id)).isEmpty();

        assertThat(log.addInject(id, new InjectDetails(LocalTime.of(10, 0), "  Call-out ", " ", null)))
                .satisfies(i -> {
                    assertThat(i.inject()).isEqualTo("Call-out");
                    assertThat(i.toWhom()).isNull();
                });
        assertThat(log.log(id, LogEntry.Kind.OBSERVATION, " Sirens on ", "k-2").text())
                .isEqualTo("Sirens on");
        assertThat(log.addAttendee(id, " Sam Okafor ", "Halton Borough Council").name())
                .isEqualTo("Sam Okafor");
    }

    @Test
    void theAttendeeFormShowsTheProblemBesideTheFieldAndKeepsWhatWasTyped() {
        long id = scheduledExercise();
        navigate("exercises/" + id + "/log", DayLogView.class);
        TextField name = find(TextField.class).withClassName("attendee-name").single();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> organisation =
                find(com.vaadin.flow.component.combobox.ComboBox.class)
                        .withClassName("attendee-organisation-field")
                        .single();
        test(name).setValue("Priya Shah");
        test(find(Button.class).withClassName("add-attendee").single()).click();

        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).isEqualTo("Enter the attendee's organisation.");
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getValue()).isEqualTo("Priya Shah");
        assertThat(log.attendees(id)).isEmpty();
    }

    @Test
    void anOrganisationAlreadyRecordedIsOfferedAndAVariantOfItBecomesIt() {
        long id = scheduledExercise();
        log.addAttendee(id, "Sam Okafor", "Cheshire Police");
        navigate("exercises/" + id + "/log", DayLogView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> organisation =
                find(com.vaadin.flow.component.combobox.ComboBox.class)
                        .withClassName("attendee-organisation-field")
                        .single();
        assertThat(organisation.getListDataView().getItems()).containsExactly("Cheshire Police");

        test(find(TextField.class).withClassName("attendee-name").single()).setValue("Priya Shah");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                organisation,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(
                        organisation, true, " cheshire   POLICE "));
        assertThat(organisation.getValue()).isEqualTo("Cheshire Police");
        test(find(Button.class).withClassName("add-attendee").single()).click();
        assertThat(log.attendees(id))
                .extracting(a -> a.organisation())
                .containsExactly("Cheshire Police", "Cheshire Police");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("Cheshire Police (2): Priya Shah, Sam Okafor")
                        .exists())
                .isTrue();
    }

    private static void refused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private long scheduledExercise() {
        return ExerciseFixture.scheduled(exercises, "Operation Dunlin", "emerald-kalama", LocalDate.of(2053, 3, 9))
                .id();
    }
}
