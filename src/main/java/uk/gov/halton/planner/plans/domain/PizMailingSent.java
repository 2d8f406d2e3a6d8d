package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One public information mailing as it was recorded: the history behind a site's five-yearly clock. */
@Entity
@Audited
public class PizMailingSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String siteId;
    private LocalDate sentOn;
    private String recordedBy;

    protected PizMailingSent() {}

    public PizMailingSent(String siteId, LocalDate sentOn, String recordedBy) {
        this.siteId = siteId;
        this.sentOn = sentOn;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public String getSiteId() {
        return siteId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
