package uk.gov.halton.planner.base;

/**
 * Rules every stored text passes, from forms and imports alike. Markup is allowed (it is stored and shown as text);
 * control characters other than tab and line breaks, and broken UTF-16, are not: PostgreSQL cannot store a NUL, and
 * the others only hide or garble text.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Null when the text may be stored, else what is wrong with it (without the field's name). */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return String.format("contains a control character (U+%04X) at position %d", (int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("contains a broken character (U+%04X) at position %d", (int) c, i + 1);
            }
        }
        return null;
    }

    /** As {@link #check(String, String, String)}, labelled by the field's name: "planElements" reads "The plan elements". */
    public static String check(String field, String text) {
        return check(field, "The " + field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT), text);
    }

    /** The text unchanged, or {@link InvalidInputException} for the field, e.g. "The name contains a control ...". */
    public static String check(String field, String label, String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidInputException(field, label + " " + problem + ": remove it and try again.");
        }
        return text;
    }
}
