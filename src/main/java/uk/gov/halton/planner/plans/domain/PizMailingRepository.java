package uk.gov.halton.planner.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PizMailingRepository extends JpaRepository<PizMailing, String> {
    List<PizMailing> findByPlanIdOrderBySiteName(String planId);
}
