package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ObjectiveIndicators extends JpaRepository<ObjectiveIndicator, Long> {
    List<ObjectiveIndicator> findByObjectiveId(Long objectiveId);

    List<ObjectiveIndicator> findByIndicatorId(Long indicatorId);
}
