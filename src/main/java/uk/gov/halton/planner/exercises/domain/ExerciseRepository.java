package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

public interface ExerciseRepository extends JpaRepository<Exercise, Long> {
    List<Exercise> findAllByOrderByStartsAtAsc();

    List<Exercise> findByStartsAtBetweenOrderByStartsAtAsc(Instant from, Instant to);
}
