package uk.gov.halton.planner.alerts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A user's choice of email on or off, and immediate or a weekly digest. */
@Entity
@Table(name = "alert_preference")
@Audited
public class AlertPreference {

    @Id
    private String username;

    @Version
    @NotAudited
    private long version;

    @Column(name = "email_enabled")
    private boolean emailEnabled = true;

    @Column(name = "weekly_digest")
    private boolean weeklyDigest;

    protected AlertPreference() {}

    public AlertPreference(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    public void setWeeklyDigest(boolean weeklyDigest) {
        this.weeklyDigest = weeklyDigest;
    }
}
