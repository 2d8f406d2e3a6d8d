package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Attendees extends JpaRepository<AttendeeEntity, Long> {

    List<AttendeeEntity> findByExerciseIdOrderByOrganisationAscNameAsc(long exerciseId);
}
