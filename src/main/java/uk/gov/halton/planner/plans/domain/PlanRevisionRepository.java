package uk.gov.halton.planner.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {
    List<PlanRevision> findByPlanIdOrderByRevisedOnDescIdDesc(String planId);
}
