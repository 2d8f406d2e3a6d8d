package uk.gov.halton.planner.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.contacts.Contact;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.contacts.InvitationService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.ui.ExerciseView;

/** The contacts page and the invitations on an exercise's page, as planners and partners see them. */
@PlannerContextTest
class ContactViewsTest extends SpringBrowserlessTest {

    @Autowired
    ContactService contacts;

    @Autowired
    InvitationService invitations;

    @Autowired
    ExerciseService exercises;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("planner")
    void aPlannerAddsAContactAndAMistakeIsShownBesideItsField() {
        ContactsView view = navigate(ContactsView.class);
        test(find(Button.class).withText("Add contact").single()).click();
        organisation().setValue("Halton Borough Council");
        test(find(TextField.class).withCaption("Name").single()).setValue("Sample contact " + run);
        EmailField email = find(EmailField.class).withCaption("Email").single();
        test(email).setValue("sample-" + run + "@example.org");
        TextField phone = find(TextField.class).withCaption("Phone").single();
        test(phone).setValue("ring me");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("is not a phone number");

        test(phone).setValue("0151 000 0000");
        test(find(Button.class).withText("Save").single()).click();
        test(view.filter).setValue(run);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(contacts.findAll())
                .anySatisfy(c -> assertThat(c.email()).isEqualTo("sample-" + run + "@example.org"));
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerPicksAnOrganisationAlreadyInTheDirectoryAndATypedVariantBecomesIt() {
        String organisation = "Cheshire Fire " + run + " & Rescue";
        contacts.create(new ContactDetails(
                organisation, "Sample contact " + run + " A", null, "sample-" + run + "-a@example.org", null));
        navigate(ContactsView.class);
        test(find(Button.class).withText("Add contact").single()).click();
        com.vaadin.flow.component.combobox.ComboBox<String> picker = organisation();
        assertThat(picker.getListDataView().getItems()).contains(organisation);

        // Typed in another case with stray spaces, it is taken as the organisation already there.
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                picker,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(
                        picker, true, "  cheshire fire " + run.toUpperCase(java.util.Locale.ROOT) + "   & rescue "));
        assertThat(picker.getValue()).isEqualTo(organisation);
        test(find(TextField.class).withCaption("Name").single()).setValue("Sample contact " + run + " B");
        test(find(EmailField.class).withCaption("Email").single()).setValue("sample-" + run + "-b@example.org");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(contacts.findAll())
                .filteredOn(c -> c.email().startsWith("sample-" + run))
                .extracting(Contact::organisation)
                .containsExactly(organisation, organisation);

        // A new organisation may be typed, too.
        test(find(Button.class).withText("Add contact").single()).click();
        com.vaadin.flow.component.combobox.ComboBox<String> again = organisation();
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                again,
                new com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent<>(
                        again, true, "Sample organisation " + run));
        assertThat(again.getValue()).isEqualTo("Sample organisation " + run);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.combobox.ComboBox<String> organisation() {
        return find(com.vaadin.flow.component.combobox.ComboBox.class)
                .withId("contact-organisation")
                .single();
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerReadsTheDirectoryWithoutWriteControls() {
        Contact made = madeByAPlanner(new ContactDetails(
                "Environment Agency", "Sample contact " + run, null, "sample-" + run + "@example.org", null));
        ContactsView view = navigate(ContactsView.class);
        assertThat(find(Button.class).withText("Add contact").exists()).isFalse();
        assertThat(find(Upload.class).exists()).isFalse();
        test(view.filter).setValue(run);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0)).isEqualTo(made);
    }

    @Test
    @WithUserDetails("planner")
    void theExercisePageShowsWhoIsInvitedAndWhatTheyAnswered() {
        ExerciseSummary exercise = exercises.schedule(exercises
                .create(exercises.draftFromTemplate(
                        "seminar", List.of("univar-widnes"), exercises.today().plusDays(40)))
                .id());
        Contact a = contacts.create(new ContactDetails(
                "Environment Agency", "Sample contact " + run + " A", null, "sample-" + run + "-a@example.org", null));
        Contact b = contacts.create(new ContactDetails(
                "HSE", "Sample contact " + run + " B", null, "sample-" + run + "-b@example.org", null));
        invitations.invite(exercise.id(), List.of(a.id(), b.id()));

        navigate("exercises/" + exercise.id(), ExerciseView.class);
        assertThat(find(Paragraph.class)
                        .withText("2 invited: 0 accepted, 0 declined, 2 not answered.")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Invite from contacts").exists()).isTrue();
    }

    /** A contact the partner can then read, made by a planner (a partner may not make one). */
    private Contact madeByAPlanner(ContactDetails details) {
        var partner = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var planner = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        planner.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "planner", "n/a", "ROLE_PLANNER"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(planner);
        try {
            return contacts.create(details);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(partner);
        }
    }
}
