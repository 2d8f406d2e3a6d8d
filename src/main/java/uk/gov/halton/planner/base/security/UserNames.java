package uk.gov.halton.planner.base.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One rule for user names, used when a user is created and when someone signs in: surrounding spaces dropped,
 * Unicode NFKC (full-width and compatibility letters become the plain ones) and lower case. The stored name is the
 * result, and sign-in looks it up exactly, never case-insensitively in SQL: SQL's UPPER() turns a dotless ı into I,
 * which let "offıcer" reach "officer" while its failures were counted under another name.
 */
public final class UserNames {

    private UserNames() {}

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
