package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface LessonRepository extends JpaRepository<LessonEntity, Long> {
    List<LessonEntity> findByExerciseIdOrderById(Long exerciseId);
}
