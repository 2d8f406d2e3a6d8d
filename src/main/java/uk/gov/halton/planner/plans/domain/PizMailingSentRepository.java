package uk.gov.halton.planner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PizMailingSentRepository extends JpaRepository<PizMailingSent, Long> {

    List<PizMailingSent> findBySiteIdOrderBySentOnDescIdDesc(String siteId);
}
