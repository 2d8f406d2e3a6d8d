package uk.gov.halton.planner.base;

/**
 * Rules every stored text passes, from forms and imports alike (forms and services check them through the
 * {@link PlainText} and {@link SingleLine} constraints, the one way input is checked: see {@link InputChecks}), and
 * the one way input text is normalised ({@link #strip(String)}). Markup is allowed (it is stored and shown as text);
 * control characters other than tab and line breaks, and broken UTF-16, are not: PostgreSQL cannot store a NUL, and
 * the others only hide or garble text.
 */
public final class TextRules {

    private TextRules() {}

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

    /**
     * As {@link #problem(String)}, and no line break of any kind (CR, LF, NEL, U+2028, U+2029): for text that is one
     * line wherever it is shown or exported (names, addresses, titles), whatever the form's field lets through.
     */
    public static String singleLineProblem(String text) {
        String problem = problem(text);
        if (problem != null || text == null) {
            return problem;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("\r\n\u0085\u2028\u2029".indexOf(text.charAt(i)) >= 0) {
                return String.format("contains a line break at position %d, but it is a single line", i + 1);
            }
        }
        return null;
    }

    /** The text without the white space around it, or null when there is nothing else: how forms' text is kept. */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
