package uk.gov.halton.planner.exercises;

/** What a planner can do to an exercise; {@link ExerciseStatus} says which steps its status allows. */
public enum ExerciseStep {
    EDIT("changed"),
    SCHEDULE("scheduled"),
    MOVE("moved"),
    POSTPONE("postponed"),
    CANCEL("cancelled"),
    MARK_HELD("marked held"),
    DEBRIEF("debriefed"),
    RECORD_LESSONS("given lessons");

    private final String done;

    ExerciseStep(String done) {
        this.done = done;
    }

    /** The step as a past participle: "A held exercise cannot be <em>moved</em>." */
    public String done() {
        return done;
    }
}
