package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Injects extends JpaRepository<InjectEntity, Long> {

    List<InjectEntity> findByExerciseIdOrderByPlannedAtAscPositionAsc(long exerciseId);

    long countByExerciseId(long exerciseId);
}
