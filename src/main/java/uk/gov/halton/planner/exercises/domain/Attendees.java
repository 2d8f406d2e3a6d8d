package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Attendees extends JpaRepository<AttendeeEntity, Long> {

    List<AttendeeEntity> findByExerciseIdOrderByOrganisationAscNameAsc(long exerciseId);
}
