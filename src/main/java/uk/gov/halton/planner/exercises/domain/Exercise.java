package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.exercises.ExerciseStatus;

/** An exercise. Times are instants; the service shows and takes them in Europe/London. */
@Entity
@Audited
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    private String name;
    private String templateType;

    @Enumerated(EnumType.STRING)
    private ExerciseStatus status;

    private Instant startsAt;
    private Instant endsAt;
    private String location;
    private String agencies;
    private String planIds;
    private boolean testsPlan;
    private String objectives;
    private String scenario;
    private String postponeReason;
    private String cancelReason;
    private LocalDate heldOn;
    private String hotDebrief;
    private LocalDate coldDebriefOn;
    private String coldDebrief;
    private String publicInformed;
    private String createdBy;

    protected Exercise() {}

    public Exercise(String templateType, String createdBy) {
        this.templateType = templateType;
        this.createdBy = createdBy;
        this.status = ExerciseStatus.PROPOSED;
    }

    public List<String> planIdList() {
        return planIds == null || planIds.isBlank() ? List.of() : Arrays.asList(planIds.split(","));
    }

    public void setPlanIdList(List<String> ids) {
        this.planIds = String.join(",", ids);
    }

    public List<String> agencyList() {
        return agencies == null || agencies.isBlank() ? List.of() : Arrays.asList(agencies.split("\n"));
    }

    public void setAgencyList(List<String> list) {
        this.agencies = String.join("\n", list);
    }

    public Long getId() {
        return id;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTemplateType() {
        return templateType;
    }

    public void setTemplateType(String templateType) {
        this.templateType = templateType;
    }

    public ExerciseStatus getStatus() {
        return status;
    }

    public void setStatus(ExerciseStatus status) {
        this.status = status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isTestsPlan() {
        return testsPlan;
    }

    public void setTestsPlan(boolean testsPlan) {
        this.testsPlan = testsPlan;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getPostponeReason() {
        return postponeReason;
    }

    public void setPostponeReason(String postponeReason) {
        this.postponeReason = postponeReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getHotDebrief() {
        return hotDebrief;
    }

    public void setHotDebrief(String hotDebrief) {
        this.hotDebrief = hotDebrief;
    }

    public LocalDate getColdDebriefOn() {
        return coldDebriefOn;
    }

    public void setColdDebriefOn(LocalDate coldDebriefOn) {
        this.coldDebriefOn = coldDebriefOn;
    }

    public String getColdDebrief() {
        return coldDebrief;
    }

    public void setColdDebrief(String coldDebrief) {
        this.coldDebrief = coldDebrief;
    }

    public String getPublicInformed() {
        return publicInformed;
    }

    public void setPublicInformed(String publicInformed) {
        this.publicInformed = publicInformed;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
