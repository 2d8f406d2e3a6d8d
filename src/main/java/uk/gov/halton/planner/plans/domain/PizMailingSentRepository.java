package uk.gov.halton.planner.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PizMailingSentRepository extends JpaRepository<PizMailingSent, Long> {

    List<PizMailingSent> findBySiteIdOrderBySentOnDescIdDesc(String siteId);
}
