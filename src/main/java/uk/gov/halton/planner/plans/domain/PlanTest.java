package uk.gov.halton.planner.plans.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A test of a plan: by an exercise, or entered by a planner for a test held before the system. */
@Entity
@Audited
public class PlanTest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String planId;
    private LocalDate testedOn;
    private Long exerciseId;
    private String note;
    private String recordedBy;
    /** The in-app address of the test report, once produced. */
    private String reportLink;

    protected PlanTest() {}

    public PlanTest(String planId, LocalDate testedOn, Long exerciseId, String note, String recordedBy) {
        this.planId = planId;
        this.testedOn = testedOn;
        this.exerciseId = exerciseId;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public String getPlanId() {
        return planId;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getReportLink() {
        return reportLink;
    }

    public void setReportLink(String reportLink) {
        this.reportLink = reportLink;
    }
}
