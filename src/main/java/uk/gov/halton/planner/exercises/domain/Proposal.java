package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.exercises.ProposalState;

/** An exercise the programme planner proposed; a planner accepts, moves or rejects it. */
@Entity
@Table(name = "programme_proposal")
@Audited
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int fyStart;
    private LocalDate proposedOn;
    private String templateType;
    private String planIds;
    private String reason;
    private String warning;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    private Long exerciseId;
    private String decidedBy;

    protected Proposal() {}

    public Proposal(
            int fyStart,
            LocalDate proposedOn,
            String templateType,
            List<String> planIds,
            String reason,
            String warning) {
        this.fyStart = fyStart;
        this.proposedOn = proposedOn;
        this.templateType = templateType;
        this.planIds = String.join(",", planIds);
        this.reason = reason;
        this.warning = warning;
        this.state = ProposalState.OPEN;
    }

    public List<String> planIdList() {
        return Arrays.asList(planIds.split(","));
    }

    public Long getId() {
        return id;
    }

    public int getFyStart() {
        return fyStart;
    }

    public void setFyStart(int fyStart) {
        this.fyStart = fyStart;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate proposedOn) {
        this.proposedOn = proposedOn;
    }

    public String getTemplateType() {
        return templateType;
    }

    public String getReason() {
        return reason;
    }

    public String getWarning() {
        return warning;
    }

    public void setWarning(String warning) {
        this.warning = warning;
    }

    public ProposalState getState() {
        return state;
    }

    public void setState(ProposalState state) {
        this.state = state;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }
}
