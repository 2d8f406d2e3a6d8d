package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A user's secret calendar feed token, kept only as its SHA-256 hash. */
@Entity
@Table(name = "calendar_feed_token")
@Audited
public class FeedToken {

    @Id
    private String username;

    @NotAudited
    private String tokenHash;

    private Instant createdAt;

    protected FeedToken() {}

    public FeedToken(String username, String tokenHash, Instant createdAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
