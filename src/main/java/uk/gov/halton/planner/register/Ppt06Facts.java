package uk.gov.halton.planner.register;

/**
 * The exercise programme's verdict on PPT 06 for one financial year as of a date, with the programme's own words.
 * The register only maps it to a progress symbol, so the milestone can never disagree with the programme.
 */
public record Ppt06Facts(Standing standing, String commentary) {

    /** Where the year stands. */
    public enum Standing {
        /** An exercise of the COMAH plans was held in the year. */
        HELD,
        /** One is scheduled before the year ends. */
        SCHEDULED,
        /** None held or scheduled ahead yet: only proposed, nothing, or one passed but not recorded. */
        AT_RISK,
        /** The year ended without one held. */
        NOT_HELD
    }
}
