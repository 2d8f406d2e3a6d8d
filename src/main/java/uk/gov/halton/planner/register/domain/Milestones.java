package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Milestones extends JpaRepository<Milestone, Long> {
    List<Milestone> findByObjectiveIdOrderBySortOrderAsc(Long objectiveId);

    List<Milestone> findAllByOrderByObjectiveIdAscSortOrderAsc();
}
