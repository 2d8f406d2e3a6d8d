package uk.gov.halton.planner.sites.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Sites extends JpaRepository<Site, String> {

    List<Site> findAllByOrderByName();

    List<Site> findByPlanIdOrderByName(String planId);
}
