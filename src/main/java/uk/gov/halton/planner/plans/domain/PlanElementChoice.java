package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A planner's change to a plan's element list: an element of the plan's own, or a standard one retired. */
@Entity
@Table(name = "plan_element")
public class PlanElementChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    private String planId;
    private String elementKey;
    private String title;
    private String detail;
    private boolean localElement;
    private boolean retired;
    private String changedBy;

    protected PlanElementChoice() {}

    public PlanElementChoice(
            String planId, String elementKey, String title, String detail, boolean localElement, String changedBy) {
        this.planId = planId;
        this.elementKey = elementKey;
        this.title = title;
        this.detail = detail;
        this.localElement = localElement;
        this.changedBy = changedBy;
    }

    public Long getId() {
        return id;
    }

    public String getPlanId() {
        return planId;
    }

    public String getElementKey() {
        return elementKey;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isLocalElement() {
        return localElement;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired, String by) {
        this.retired = retired;
        this.changedBy = by;
    }
}
