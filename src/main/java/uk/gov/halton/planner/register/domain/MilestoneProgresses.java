package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface MilestoneProgresses extends JpaRepository<MilestoneProgress, Long> {
    Optional<MilestoneProgress> findByMilestoneIdAndFyStartAndQuarter(Long milestoneId, int fyStart, int quarter);

    List<MilestoneProgress> findByMilestoneIdOrderByFyStartDescQuarterDesc(Long milestoneId);

    List<MilestoneProgress> findByFyStartAndQuarter(int fyStart, int quarter);
}
