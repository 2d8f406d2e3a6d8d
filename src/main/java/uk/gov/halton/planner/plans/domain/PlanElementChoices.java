package uk.gov.halton.planner.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface PlanElementChoices extends JpaRepository<PlanElementChoice, Long> {

    List<PlanElementChoice> findByPlanIdOrderById(String planId);

    Optional<PlanElementChoice> findByPlanIdAndElementKey(String planId, String elementKey);
}
