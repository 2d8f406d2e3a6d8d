package uk.gov.halton.planner.contacts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.contacts.Contact;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.contacts.Invitation;
import uk.gov.halton.planner.contacts.InvitationService;
import uk.gov.halton.planner.contacts.Response;
import uk.gov.halton.planner.exercises.ExercisePageSection;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * On an exercise's page: who is invited and what they answered (accepted, declined, not answered); for planners,
 * inviting more people from the contacts directory while the exercise is still to come.
 */
@org.springframework.stereotype.Component
class InvitationsSection implements ExercisePageSection {

    private final InvitationService invitations;
    private final ContactService contacts;
    private final AuthenticationContext authentication;
    private final Clock clock;

    InvitationsSection(
            InvitationService invitations, ContactService contacts, AuthenticationContext authentication, Clock clock) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public Component create(ExerciseSummary exercise) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("invitations");
        fill(section, exercise);
        return section;
    }

    private void fill(VerticalLayout section, ExerciseSummary exercise) {
        section.removeAll();
        List<Invitation> all = invitations.forExercise(exercise.id());
        section.add(new H3("Invitations"));
        long accepted =
                all.stream().filter(i -> i.response() == Response.ACCEPTED).count();
        long declined =
                all.stream().filter(i -> i.response() == Response.DECLINED).count();
        Paragraph summary = new Paragraph(
                all.isEmpty()
                        ? "Nobody has been invited yet."
                        : all.size() + " invited: " + accepted + " accepted, " + declined + " declined, "
                                + (all.size() - accepted - declined) + " not answered.");
        summary.addClassName("invitation-summary");
        section.add(summary);
        if (!all.isEmpty()) {
            Grid<Invitation> grid = new Grid<>(Invitation.class, false);
            grid.addColumn(Invitation::name)
                    .setHeader("Name")
                    .setSortable(true)
                    .setFlexGrow(2)
                    .setWidth("7rem");
            var organisation = grid.addColumn(Invitation::organisation)
                    .setHeader("Organisation")
                    .setSortable(true)
                    .setFlexGrow(2)
                    .setWidth("8rem");
            grid.addComponentColumn(i -> Kit.pill(
                            i.cancelled() ? "Sent cancellation" : i.response().label(),
                            i.cancelled()
                                    ? Kit.Tone.NEUTRAL
                                    : switch (i.response()) {
                                        case ACCEPTED -> Kit.Tone.GOOD;
                                        case DECLINED -> Kit.Tone.BAD;
                                        case NOT_ANSWERED -> Kit.Tone.WARNING;
                                    },
                            "invitation-response"))
                    .setHeader("Answer")
                    .setSortable(true)
                    .setComparator(i -> i.response().ordinal())
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            var answered = grid.addColumn(i -> i.respondedAt() == null
                            ? "—"
                            : Dates.shortDayTime(i.respondedAt().atZone(PlannerZone.zone())))
                    .setHeader("Answered")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.setItems(all);
            Kit.hideWhenNarrow(grid, organisation, answered);
            section.add(grid);
        }
        boolean toCome = (exercise.status() == ExerciseStatus.PROPOSED || exercise.status() == ExerciseStatus.SCHEDULED)
                && exercise.startsAt().toInstant().isAfter(clock.instant());
        if (toCome && authentication.hasAnyRole("PLANNER", "ADMIN")) {
            Button invite = new Button("Invite from contacts", e -> inviteDialog(section, exercise, all));
            invite.addClassName("invite");
            section.add(invite);
        }
    }

    private void inviteDialog(VerticalLayout section, ExerciseSummary exercise, List<Invitation> already) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Invite to " + exercise.name());
        List<Contact> choices = contacts.findAll().stream()
                .filter(c -> already.stream().noneMatch(i -> i.email().equalsIgnoreCase(c.email())))
                .toList();
        MultiSelectComboBox<Contact> people = new MultiSelectComboBox<>("Contacts");
        people.setItems(choices);
        people.setItemLabelGenerator(c -> c.name() + " (" + c.organisation() + ")");
        people.setWidthFull();
        people.setHelperText(
                choices.isEmpty()
                        ? "Everyone in the directory is invited already."
                        : "Each gets an email with a calendar invitation and a link to accept or decline.");
        dialog.add(people);
        dialog.setWidth("min(100vw, 32em)");
        Button send = new Button("Send invitations", e -> {
            if (Kit.attempt(
                    () -> invitations.invite(
                            exercise.id(),
                            people.getValue().stream().map(Contact::id).toList()),
                    Map.of("contacts", people),
                    people)) {
                int n = people.getValue().size();
                dialog.close();
                Kit.done(n + (n == 1 ? " invitation" : " invitations") + " sent.");
                fill(section, exercise);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.open();
    }
}
