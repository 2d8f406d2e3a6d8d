package uk.gov.halton.planner.exercises;

import uk.gov.halton.planner.base.InvalidInputException;

/** Where a programme proposal stands: open until a planner accepts (making the exercise) or rejects it. */
public enum ProposalState {
    OPEN("Open"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only an open proposal is decided. */
    public boolean open() {
        return this == OPEN;
    }

    /** A field error when the proposal was decided already: it can no longer be moved, accepted or rejected. */
    public void requireOpen() {
        if (!open()) {
            throw new InvalidInputException("proposalId", "This proposal was already " + label.toLowerCase() + ".");
        }
    }

    /** The state after a planner's decision. */
    public ProposalState decide(boolean accepted) {
        requireOpen();
        return accepted ? ACCEPTED : REJECTED;
    }
}
