package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** An off-site emergency plan. Its id is the plan id the site register uses (e.g. "runcorn-site"). */
@Entity
@Table(name = "off_site_plan")
@Audited
public class Plan {

    @Id
    private String id;
    @Version
    @Column(name = "row_version")
    private long rowVersion;
    private String title;
    private String planVersion;
    private String ownerName;
    private String lifecycle;
    private LocalDate preparedOn;
    private LocalDate lastReviewed;
    private LocalDate nextReviewDue;
    private LocalDate lastTested;
    private Long lastTestExerciseId;
    private LocalDate nextTestDue;
    private LocalDate operatorInfoReceived;
    private boolean extensionAgreed;
    private String extensionReference;
    private String notes;

    protected Plan() {
    }

    public Plan(String id, String title) {
        this.id = id;
        this.title = title;
        this.lifecycle = Lifecycle.IN_FORCE;
    }

    /** Plan lifecycle labels; a plain string column so that the council can add its own later. */
    public static final class Lifecycle {
        public static final String IN_PREPARATION = "In preparation";
        public static final String IN_FORCE = "In force";
        public static final String UNDER_REVIEW = "Under review";
        public static final java.util.List<String> ALL = java.util.List.of(IN_PREPARATION, IN_FORCE, UNDER_REVIEW);

        private Lifecycle() {
        }
    }

    public String getId() { return id; }
    public long getRowVersion() { return rowVersion; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlanVersion() { return planVersion; }
    public void setPlanVersion(String planVersion) { this.planVersion = planVersion; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public String getLifecycle() { return lifecycle; }
    public void setLifecycle(String lifecycle) { this.lifecycle = lifecycle; }
    public LocalDate getPreparedOn() { return preparedOn; }
    public void setPreparedOn(LocalDate preparedOn) { this.preparedOn = preparedOn; }
    public LocalDate getLastReviewed() { return lastReviewed; }
    public void setLastReviewed(LocalDate lastReviewed) { this.lastReviewed = lastReviewed; }
    public LocalDate getNextReviewDue() { return nextReviewDue; }
    public void setNextReviewDue(LocalDate nextReviewDue) { this.nextReviewDue = nextReviewDue; }
    public LocalDate getLastTested() { return lastTested; }
    public void setLastTested(LocalDate lastTested) { this.lastTested = lastTested; }
    public Long getLastTestExerciseId() { return lastTestExerciseId; }
    public void setLastTestExerciseId(Long lastTestExerciseId) { this.lastTestExerciseId = lastTestExerciseId; }
    public LocalDate getNextTestDue() { return nextTestDue; }
    public void setNextTestDue(LocalDate nextTestDue) { this.nextTestDue = nextTestDue; }
    public LocalDate getOperatorInfoReceived() { return operatorInfoReceived; }
    public void setOperatorInfoReceived(LocalDate operatorInfoReceived) { this.operatorInfoReceived = operatorInfoReceived; }
    public boolean isExtensionAgreed() { return extensionAgreed; }
    public void setExtensionAgreed(boolean extensionAgreed) { this.extensionAgreed = extensionAgreed; }
    public String getExtensionReference() { return extensionReference; }
    public void setExtensionReference(String extensionReference) { this.extensionReference = extensionReference; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
