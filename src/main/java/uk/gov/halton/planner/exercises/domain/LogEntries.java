package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LogEntries extends JpaRepository<LogEntryEntity, Long> {

    List<LogEntryEntity> findByExerciseIdOrderByLoggedAtAscIdAsc(long exerciseId);

    Optional<LogEntryEntity> findByExerciseIdAndClientKey(long exerciseId, String clientKey);
}
