package uk.gov.halton.planner.base.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRevisions extends JpaRepository<AuditRevision, Long> {

    Page<AuditRevision> findAllByOrderByIdDesc(Pageable pageable);
}
