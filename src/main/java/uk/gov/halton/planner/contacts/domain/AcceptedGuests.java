package uk.gov.halton.planner.contacts.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.Reminder;
import uk.gov.halton.planner.alerts.ReminderGuests;
import uk.gov.halton.planner.contacts.InvitationService;

/**
 * The day-before reminder of an exercise ("exercise tomorrow", the one reminder of the kind EXERCISE) goes to the
 * invitees who accepted, by email: they have no accounts. The deadline's item is "exercise-{id}" (exercises' own
 * naming, see ExerciseDeadlines).
 */
@Component
class AcceptedGuests implements ReminderGuests {

    private static final String PREFIX = "exercise-";

    private final InvitationService invitations;

    AcceptedGuests(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public List<Guest> guests(Reminder reminder) {
        String item = reminder.deadline().itemId();
        if (reminder.deadline().kind() != DeadlineKind.EXERCISE
                || item == null
                || !item.matches(PREFIX + "\\d{1,18}")) {
            return List.of();
        }
        return invitations.accepted(Long.parseLong(item.substring(PREFIX.length()))).stream()
                .map(i -> new Guest(i.name(), i.email()))
                .toList();
    }
}
