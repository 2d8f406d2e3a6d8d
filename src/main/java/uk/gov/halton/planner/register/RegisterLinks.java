package uk.gov.halton.planner.register;

/** Addresses of register pages, for other modules to link to (a plan links back to the PPT 06 milestone). */
public final class RegisterLinks {

    /** The objective that holds the COMAH exercise milestone, as the seed names it. */
    public static final String PPT06_REF = "PPT 06";

    private RegisterLinks() {}

    public static String objective(long id) {
        return "register/objectives/" + id;
    }

    /** The PPT 06 objective and its milestone "at least one exercise each financial year to test the COMAH plans". */
    public static String ppt06Milestone() {
        return "register/objectives/ref/" + slug(PPT06_REF);
    }

    public static String indicator(String ref) {
        return "register/indicators/" + slug(ref);
    }

    /** "CE LI 12" becomes "CE-LI-12". */
    public static String slug(String ref) {
        return ref.strip().replaceAll("\\s+", "-");
    }
}
