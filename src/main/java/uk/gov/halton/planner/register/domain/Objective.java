package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A service objective. The seed has one without a reference (domestic abuse and hate crime): {@code ref} is null. */
@Entity
@Audited
@Table(name = "reg_objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable key for upserts: the ref, or "unreferenced-N" for the N-th objective without one. Never shown. */
    @Column(name = "objective_key", nullable = false)
    private String objectiveKey;

    private String ref;
    private String title;

    @Column(name = "milestone_year")
    private String milestoneYear;

    @Column(name = "responsible_officer")
    private String responsibleOfficer;

    @Column(name = "linked_indicators_text")
    private String linkedIndicatorsText;

    private String footnote;

    @Column(name = "shared_with_health")
    private boolean sharedWithHealth;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Objective() {}

    public Objective(String objectiveKey) {
        this.objectiveKey = objectiveKey;
    }

    void update(
            String ref,
            String title,
            String milestoneYear,
            String responsibleOfficer,
            String linkedIndicatorsText,
            String footnote,
            boolean sharedWithHealth,
            int sortOrder) {
        this.ref = ref;
        this.title = title;
        this.milestoneYear = milestoneYear;
        this.responsibleOfficer = responsibleOfficer;
        this.linkedIndicatorsText = linkedIndicatorsText;
        this.footnote = footnote;
        this.sharedWithHealth = sharedWithHealth;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getObjectiveKey() {
        return objectiveKey;
    }

    public String getRef() {
        return ref;
    }

    /** The ref, or a plain statement that the seed gives none (never an invented one). */
    public String getDisplayRef() {
        return ref == null ? "(no reference in the business plan)" : ref;
    }

    public String getTitle() {
        return title;
    }

    public String getMilestoneYear() {
        return milestoneYear;
    }

    public String getResponsibleOfficer() {
        return responsibleOfficer;
    }

    public String getLinkedIndicatorsText() {
        return linkedIndicatorsText;
    }

    public String getFootnote() {
        return footnote;
    }

    public boolean isSharedWithHealth() {
        return sharedWithHealth;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
