package uk.gov.halton.planner.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an unexpected error is logged: with a short reference that the user is shown, so that support can
 * find the log line (and its stack trace) from what the user reads out.
 */
final class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnexpectedErrors() {}

    /** Logs the error and returns its reference: eight hexadecimal characters. */
    static String log(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes);
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }

    static String message(String reference) {
        return "Something went wrong and your last action may not have been saved. Please try again; if it happens "
                + "again, tell the administrator the reference " + reference + ".";
    }
}
