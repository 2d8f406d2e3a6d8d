package uk.gov.halton.planner.contacts.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reply links: "{invitation}.{expiry}.{signature}", the signature an HMAC-SHA256 of the first two parts under the
 * invitation's own random key, which never leaves the server. Changing the invitation or the expiry breaks the
 * signature; one invitation's key signs nothing else.
 */
public final class ReplyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReplyTokens() {}

    /** The parts of a token that has the right shape; whether it is genuine needs the invitation's key. */
    public record Parsed(long invitationId, long expiresEpochSecond, String signature) {

        public Instant expires() {
            return Instant.ofEpochSecond(expiresEpochSecond);
        }

        /** Compared in constant time, so that a forger learns nothing from how long a refusal takes. */
        public boolean signedWith(String key) {
            return MessageDigest.isEqual(
                    sign(key, invitationId, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        }
    }

    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    public static String token(String key, long invitationId, Instant expires) {
        return invitationId + "." + expires.getEpochSecond() + "." + sign(key, invitationId, expires.getEpochSecond());
    }

    public static Optional<Parsed> parse(String token) {
        if (token == null || token.length() > 200 || !token.matches("\\d{1,18}\\.\\d{1,12}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        return Optional.of(new Parsed(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
    }

    private static String sign(String key, long invitationId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), "HmacSHA256"));
            byte[] signature = mac.doFinal((invitationId + "." + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
