package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An administrator's link from an objective to an indicator (the seed has none). */
@Entity
@Audited
@Table(name = "reg_objective_indicator")
public class ObjectiveIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objective_id")
    private Long objectiveId;

    @Column(name = "indicator_id")
    private Long indicatorId;

    protected ObjectiveIndicator() {}

    public ObjectiveIndicator(Long objectiveId, Long indicatorId) {
        this.objectiveId = objectiveId;
        this.indicatorId = indicatorId;
    }

    public Long getId() {
        return id;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }
}
