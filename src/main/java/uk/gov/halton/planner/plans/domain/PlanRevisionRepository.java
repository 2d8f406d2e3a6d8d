package uk.gov.halton.planner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {
    List<PlanRevision> findByPlanIdOrderByRevisedOnDescIdDesc(String planId);
}
