package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.plans.StatusRules;

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
    /** A review date a planner brought forward; null when the statutory date applies. */
    @Column(name = "next_review_due")
    private LocalDate reviewBroughtForward;

    private LocalDate lastTested;
    private Long lastTestExerciseId;
    /** A test date a planner brought forward; null when the statutory date applies. */
    @Column(name = "next_test_due")
    private LocalDate testBroughtForward;

    private LocalDate operatorInfoReceived;
    private boolean extensionAgreed;
    private String extensionReference;
    private String notes;

    protected Plan() {}

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

        private Lifecycle() {}
    }

    // ---- the plan's clocks (COMAH 2015 reg 14: reviewed and tested at intervals not exceeding three years)

    /** When the test clock started: the last test, or, for a plan never tested, when it was prepared (adopted). */
    public LocalDate testClockStart() {
        return lastTested != null ? lastTested : preparedOn;
    }

    /** When the review clock started: the last review, or, for a plan never reviewed, when it was prepared. */
    public LocalDate reviewClockStart() {
        return lastReviewed != null ? lastReviewed : preparedOn;
    }

    /** The latest date the law allows for the next test; null only while the plan has no preparation date. */
    public LocalDate statutoryTestDue() {
        return StatusRules.nextTestDue(testClockStart());
    }

    public LocalDate statutoryReviewDue() {
        return StatusRules.nextReviewDue(reviewClockStart());
    }

    /** The next test due: the statutory date, or an earlier one a planner chose. */
    public LocalDate nextTestDue() {
        return earlier(testBroughtForward, statutoryTestDue());
    }

    public LocalDate nextReviewDue() {
        return earlier(reviewBroughtForward, statutoryReviewDue());
    }

    /** The current test cycle: from the test clock's start to the next test due (elements must be proven in it). */
    public uk.gov.halton.planner.plans.TestCycle testCycle() {
        return new uk.gov.halton.planner.plans.TestCycle(testClockStart(), nextTestDue());
    }

    /**
     * Records a test. Only a later test moves the clock (an older one entered late goes to the history alone); a new
     * test restarts the cycle, so a date brought forward for the old cycle no longer applies.
     */
    public void recordTest(LocalDate testedOn, Long exerciseId) {
        if (lastTested != null && testedOn.isBefore(lastTested)) {
            return;
        }
        lastTested = testedOn;
        lastTestExerciseId = exerciseId;
        testBroughtForward = null;
    }

    /** Records a review; as with tests, only a later one moves the clock. */
    public void recordReview(LocalDate reviewedOn) {
        if (lastReviewed != null && reviewedOn.isBefore(lastReviewed)) {
            return;
        }
        lastReviewed = reviewedOn;
        reviewBroughtForward = null;
    }

    /**
     * Changes the preparation date and the next test and review due as a planner asks. A due date left as it was shown
     * follows the statutory date (which may have moved with the preparation date); an earlier one brings it forward;
     * a later one is refused, since the law sets the limit.
     */
    public void reviseDates(LocalDate preparedOn, LocalDate testDue, LocalDate reviewDue) {
        LocalDate shownTest = testBroughtForward == null ? nextTestDue() : null;
        LocalDate shownReview = reviewBroughtForward == null ? nextReviewDue() : null;
        this.preparedOn = preparedOn;
        testBroughtForward = broughtForward(
                "nextTestDue",
                "test",
                testDue != null && testDue.equals(shownTest) ? null : testDue,
                statutoryTestDue(),
                lastTested);
        reviewBroughtForward = broughtForward(
                "nextReviewDue",
                "review",
                reviewDue != null && reviewDue.equals(shownReview) ? null : reviewDue,
                statutoryReviewDue(),
                lastReviewed);
    }

    private static LocalDate earlier(LocalDate chosen, LocalDate statutory) {
        if (chosen == null) {
            return statutory;
        }
        return statutory == null || chosen.isBefore(statutory) ? chosen : statutory;
    }

    private static LocalDate broughtForward(
            String field, String what, LocalDate chosen, LocalDate statutory, LocalDate last) {
        if (chosen == null || chosen.equals(statutory)) {
            return null;
        }
        if (statutory == null) {
            throw new InvalidInputException(
                    field,
                    "Enter when the plan was prepared (adopted) first: the three-year " + what
                            + " clock runs from then.");
        }
        if (chosen.isAfter(statutory)) {
            throw new InvalidInputException(
                    field,
                    "The next " + what + " is due by " + Dates.day(statutory)
                            + " at the latest (three years on, COMAH 2015 regulation 14); you may bring it forward, not put it back.");
        }
        if (last != null && !chosen.isAfter(last)) {
            throw new InvalidInputException(
                    field, "The next " + what + " must be after the last (" + Dates.day(last) + ").");
        }
        return chosen;
    }

    public String getId() {
        return id;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlanVersion() {
        return planVersion;
    }

    public void setPlanVersion(String planVersion) {
        this.planVersion = planVersion;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getLifecycle() {
        return lifecycle;
    }

    public void setLifecycle(String lifecycle) {
        this.lifecycle = lifecycle;
    }

    public LocalDate getPreparedOn() {
        return preparedOn;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public LocalDate getLastTested() {
        return lastTested;
    }

    public Long getLastTestExerciseId() {
        return lastTestExerciseId;
    }

    public LocalDate getOperatorInfoReceived() {
        return operatorInfoReceived;
    }

    public void setOperatorInfoReceived(LocalDate operatorInfoReceived) {
        this.operatorInfoReceived = operatorInfoReceived;
    }

    public boolean isExtensionAgreed() {
        return extensionAgreed;
    }

    public void setExtensionAgreed(boolean extensionAgreed) {
        this.extensionAgreed = extensionAgreed;
    }

    public String getExtensionReference() {
        return extensionReference;
    }

    public void setExtensionReference(String extensionReference) {
        this.extensionReference = extensionReference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
