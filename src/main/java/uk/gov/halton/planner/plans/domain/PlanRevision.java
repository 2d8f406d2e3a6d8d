package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** One revision of a plan: the version it produced, when and by whom, and what changed. */
@Entity
@Audited
public class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String planId;
    private String planVersion;
    private LocalDate revisedOn;
    private String summary;
    private String revisedBy;

    protected PlanRevision() {}

    public PlanRevision(String planId, String planVersion, LocalDate revisedOn, String summary, String revisedBy) {
        this.planId = planId;
        this.planVersion = planVersion;
        this.revisedOn = revisedOn;
        this.summary = summary;
        this.revisedBy = revisedBy;
    }

    public Long getId() {
        return id;
    }

    public String getPlanId() {
        return planId;
    }

    public String getPlanVersion() {
        return planVersion;
    }

    public LocalDate getRevisedOn() {
        return revisedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getRevisedBy() {
        return revisedBy;
    }
}
