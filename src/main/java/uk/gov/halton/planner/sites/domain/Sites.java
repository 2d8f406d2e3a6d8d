package uk.gov.halton.planner.sites.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Sites extends JpaRepository<Site, String> {

    List<Site> findAllByOrderByName();

    List<Site> findByPlanIdOrderByName(String planId);
}
