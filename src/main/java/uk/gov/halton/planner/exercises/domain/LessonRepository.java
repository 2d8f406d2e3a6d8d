package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonRepository extends JpaRepository<LessonEntity, Long> {
    List<LessonEntity> findByExerciseIdOrderById(Long exerciseId);
}
