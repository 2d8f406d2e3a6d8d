package uk.gov.halton.planner.register.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveIndicators extends JpaRepository<ObjectiveIndicator, Long> {
    List<ObjectiveIndicator> findByObjectiveId(Long objectiveId);

    List<ObjectiveIndicator> findByIndicatorId(Long indicatorId);
}
