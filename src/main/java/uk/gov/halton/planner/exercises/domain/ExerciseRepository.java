package uk.gov.halton.planner.exercises.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseRepository extends JpaRepository<Exercise, Long> {
    List<Exercise> findAllByOrderByStartsAtAsc();

    /** Exercises starting at or after {@code from} and before {@code to}: half-open, so no instant is in two ranges. */
    List<Exercise> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(Instant from, Instant to);
}
