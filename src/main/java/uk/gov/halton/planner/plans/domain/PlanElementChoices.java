package uk.gov.halton.planner.plans.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanElementChoices extends JpaRepository<PlanElementChoice, Long> {

    List<PlanElementChoice> findByPlanIdOrderById(String planId);

    Optional<PlanElementChoice> findByPlanIdAndElementKey(String planId, String elementKey);
}
