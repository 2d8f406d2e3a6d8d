package uk.gov.halton.planner.contacts.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.contacts.InvitationService;
import uk.gov.halton.planner.exercises.ExerciseParticipants;

/** The invitees of an exercise and their answers, for its test report; invitations of a called-off exercise say so. */
@Component
class InvitedParticipants implements ExerciseParticipants {

    private final InvitationService invitations;

    InvitedParticipants(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public List<Participant> participants(long exerciseId) {
        return invitations.forExercise(exerciseId).stream()
                .map(i -> new Participant(
                        i.organisation(),
                        i.name(),
                        i.cancelled() ? "Cancelled" : i.response().label()))
                .toList();
    }
}
