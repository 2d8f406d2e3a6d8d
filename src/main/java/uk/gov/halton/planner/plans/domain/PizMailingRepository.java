package uk.gov.halton.planner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PizMailingRepository extends JpaRepository<PizMailing, String> {
    List<PizMailing> findByPlanIdOrderBySiteName(String planId);
}
