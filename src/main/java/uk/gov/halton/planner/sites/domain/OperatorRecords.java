package uk.gov.halton.planner.sites.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface OperatorRecords extends JpaRepository<OperatorRecord, Long> {

    List<OperatorRecord> findBySiteIdOrderById(String siteId);
}
