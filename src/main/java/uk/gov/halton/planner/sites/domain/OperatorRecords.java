package uk.gov.halton.planner.sites.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OperatorRecords extends JpaRepository<OperatorRecord, Long> {

    List<OperatorRecord> findBySiteIdOrderById(String siteId);
}
