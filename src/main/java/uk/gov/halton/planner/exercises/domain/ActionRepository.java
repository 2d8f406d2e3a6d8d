package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionRepository extends JpaRepository<ActionEntity, Long> {
    List<ActionEntity> findByExerciseIdOrderByDueOn(Long exerciseId);
}
