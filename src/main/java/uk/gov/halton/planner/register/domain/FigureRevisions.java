package uk.gov.halton.planner.register.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FigureRevisions extends JpaRepository<FigureRevision, Long> {
    List<FigureRevision> findByIndicatorIdOrderByChangedAtDesc(Long indicatorId);
}
