package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface FigureRevisions extends JpaRepository<FigureRevision, Long> {
    List<FigureRevision> findByIndicatorIdOrderByChangedAtDesc(Long indicatorId);
}
