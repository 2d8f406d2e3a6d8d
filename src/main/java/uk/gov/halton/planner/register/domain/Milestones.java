package uk.gov.halton.planner.register.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Milestones extends JpaRepository<Milestone, Long> {
    List<Milestone> findByObjectiveIdOrderBySortOrderAsc(Long objectiveId);

    List<Milestone> findAllByOrderByObjectiveIdAscSortOrderAsc();
}
