package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import uk.gov.halton.planner.exercises.ExerciseActionItem;

@Entity
@Table(name = "exercise_action")
@Audited
public class ActionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long exerciseId;
    private String description;
    private String ownerName;
    private LocalDate dueOn;
    private boolean done;

    protected ActionEntity() {}

    public ActionEntity(Long exerciseId, String description, String ownerName, LocalDate dueOn) {
        this.exerciseId = exerciseId;
        this.description = description;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
    }

    public ExerciseActionItem toRecord() {
        return new ExerciseActionItem(id, exerciseId, description, ownerName, dueOn, done);
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
