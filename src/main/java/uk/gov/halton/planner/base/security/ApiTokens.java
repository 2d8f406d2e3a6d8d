package uk.gov.halton.planner.base.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.Sha256;

/**
 * Each user's personal API tokens for GIS and feed clients: 256 random bits behind a recognisable prefix, shown once
 * when made and kept only as a SHA-256 hash. A token works for the read API only (never at the sign-in form), for as
 * long as it is not revoked and its owner is enabled; it carries its owner's role.
 */
@Service
public class ApiTokens {

    /** Marks a secret as an API token, so a token given as an HTTP Basic password is told from a password. */
    static final String PREFIX = "shp_";
    /** "Last used" is written at most this often, so that API requests do not each write to the database. */
    private static final Duration LAST_USED_PRECISION = Duration.ofHours(1);

    private static final int MAX_NAME = 60;

    private final JdbcClient jdbc;
    private final AppUsers users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AppUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A token as its owner sees it in the list: never the secret itself. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** Who a token signs in: its owner's name and role. */
    record Owner(String username, Role role) {}

    /** Makes a token for the signed-in user and returns the secret, which is not kept and cannot be shown again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "name",
                    "Give the token a name of 1 to " + MAX_NAME + " characters, e.g. the tool that will use it.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(currentUserId(), label, hash(token), DatabaseTime.of(clock.instant()))
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TokenInfo> mine() {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ? "
                        + "order by revoked_at nulls first, created_at desc")
                .param(currentUserId())
                .query((rs, row) -> new TokenInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    /** Revokes one of the signed-in user's own tokens; it stops working at the next request. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        int changed = jdbc.sql(
                        "update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(DatabaseTime.of(clock.instant()), id, currentUserId())
                .update();
        if (changed == 0) {
            throw new InvalidInputException("id", "You have no active token " + id + ".");
        }
    }

    /** The owner of an active token of an enabled user, or empty. One indexed read; a write at most hourly. */
    @Transactional
    Optional<Owner> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        record Found(long id, String username, Role role, OffsetDateTime lastUsed) {}
        Optional<Found> found = jdbc.sql("select t.id, u.username, u.role, t.last_used_at from api_token t "
                        + "join app_user u on u.id = t.user_id where t.token_hash = ? and t.revoked_at is null "
                        + "and u.enabled = true")
                .param(hash(token))
                .query((rs, row) -> new Found(
                        rs.getLong(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
        found.ifPresent(f -> {
            Instant now = clock.instant();
            if (f.lastUsed() == null || f.lastUsed().toInstant().isBefore(now.minus(LAST_USED_PRECISION))) {
                jdbc.sql("update api_token set last_used_at = ? where id = ?")
                        .params(DatabaseTime.of(now), f.id())
                        .update();
            }
        });
        return found.map(f -> new Owner(f.username(), f.role()));
    }

    private long currentUserId() {
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsername(name)
                .map(AppUser::getId)
                .orElseThrow(() -> new IllegalStateException("The signed-in user is not in the database"));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
