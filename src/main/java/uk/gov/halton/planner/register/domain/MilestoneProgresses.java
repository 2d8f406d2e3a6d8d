package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneProgresses extends JpaRepository<MilestoneProgress, Long> {
    Optional<MilestoneProgress> findByMilestoneIdAndFyStartAndQuarter(Long milestoneId, int fyStart, int quarter);

    List<MilestoneProgress> findByMilestoneIdOrderByFyStartDescQuarterDesc(Long milestoneId);

    List<MilestoneProgress> findByFyStartAndQuarter(int fyStart, int quarter);
}
