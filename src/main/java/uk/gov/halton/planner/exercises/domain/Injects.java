package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Injects extends JpaRepository<InjectEntity, Long> {

    List<InjectEntity> findByExerciseIdOrderByPlannedAtAscPositionAsc(long exerciseId);

    long countByExerciseId(long exerciseId);
}
