package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.plans.StatusRules;

/** The public information zone mailing of one site. */
@Entity
@Audited
public class PizMailing {

    @Id
    private String siteId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    private String planId;
    private String siteName;
    private LocalDate lastSent;
    private LocalDate nextDue;

    protected PizMailing() {}

    public PizMailing(String siteId, String planId, String siteName) {
        this.siteId = siteId;
        this.planId = planId;
        this.siteName = siteName;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public LocalDate getLastSent() {
        return lastSent;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    /** A mailing sent on {@code sentOn}: only a later one than the last moves the five-yearly clock. */
    public boolean recordSent(LocalDate sentOn) {
        if (lastSent != null && sentOn.isBefore(lastSent)) {
            return false;
        }
        lastSent = sentOn;
        nextDue = StatusRules.nextMailingDue(sentOn);
        return true;
    }
}
