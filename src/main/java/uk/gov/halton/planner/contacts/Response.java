package uk.gov.halton.planner.contacts;

/** An invitee's answer. */
public enum Response {
    NOT_ANSWERED("Not answered"),
    ACCEPTED("Accepted"),
    DECLINED("Declined");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
