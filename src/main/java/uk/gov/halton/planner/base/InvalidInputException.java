package uk.gov.halton.planner.base;

/** Input that breaks a rule; the message names the field and says what is wrong, for the user to read. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
