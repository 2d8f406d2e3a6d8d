package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElementResults extends JpaRepository<ElementResultEntity, Long> {

    List<ElementResultEntity> findByExerciseIdOrderById(long exerciseId);

    List<ElementResultEntity> findByPlanId(String planId);

    Optional<ElementResultEntity> findByExerciseIdAndPlanIdAndElementKey(long exerciseId, String planId, String key);
}
