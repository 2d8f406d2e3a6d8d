package uk.gov.halton.planner.exercises;

import java.util.List;

/**
 * People asked to take part in an exercise and their answers, as another module knows them (contacts' invitations).
 * Exercises cannot depend on that module, so it implements this and the test report reads every implementation;
 * with none, the report shows day-log attendance only.
 */
public interface ExerciseParticipants {

    /** One person asked to take part: organisation, name, and their answer ("Accepted", "Declined", "Not answered"). */
    record Participant(String organisation, String name, String response) {}

    List<Participant> participants(long exerciseId);
}
