package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A key milestone of an objective, in the seed's wording and order. */
@Entity
@Audited
@Table(name = "reg_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objective_id", nullable = false)
    private Long objectiveId;

    @Column(name = "sort_order")
    private int sortOrder;

    private String wording;

    /** The report theme slug, or null when no Partnership report carries it. */
    private String theme;

    /** True for PPT 06's exercise milestone, whose progress comes from the exercise programme. */
    @Column(name = "comah_linked")
    private boolean comahLinked;

    protected Milestone() {}

    public Milestone(Long objectiveId, int sortOrder) {
        this.objectiveId = objectiveId;
        this.sortOrder = sortOrder;
    }

    void update(String wording, String theme, boolean comahLinked) {
        this.wording = wording;
        this.theme = theme;
        this.comahLinked = comahLinked;
    }

    public Long getId() {
        return id;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getWording() {
        return wording;
    }

    public String getTheme() {
        return theme;
    }

    public boolean isComahLinked() {
        return comahLinked;
    }
}
