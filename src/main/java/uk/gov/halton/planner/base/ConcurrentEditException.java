package uk.gov.halton.planner.base;

/**
 * A save refused because someone else changed the record after the user opened it. It is an
 * {@link InvalidInputException} (the version the user opened is part of their input) so that every form already
 * shows it where it shows a broken rule, and keeps what the user typed.
 */
public class ConcurrentEditException extends InvalidInputException {

    public static final String FIELD = "rowVersion";

    public ConcurrentEditException(String message) {
        super(FIELD, message);
    }
}
