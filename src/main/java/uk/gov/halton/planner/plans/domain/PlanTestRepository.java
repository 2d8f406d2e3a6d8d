package uk.gov.halton.planner.plans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlanTestRepository extends JpaRepository<PlanTest, Long> {
    List<PlanTest> findByPlanIdOrderByTestedOnDescIdDesc(String planId);

    List<PlanTest> findByPlanIdAndExerciseId(String planId, Long exerciseId);

    boolean existsByPlanIdAndExerciseId(String planId, Long exerciseId);
}
