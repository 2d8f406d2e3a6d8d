package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ActionRepository extends JpaRepository<ActionEntity, Long> {
    List<ActionEntity> findByExerciseIdOrderByDueOn(Long exerciseId);
}
