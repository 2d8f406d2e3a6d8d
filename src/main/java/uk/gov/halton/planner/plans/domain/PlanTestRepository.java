package uk.gov.halton.planner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTestRepository extends JpaRepository<PlanTest, Long> {
    List<PlanTest> findByPlanIdOrderByTestedOnDescIdDesc(String planId);

    List<PlanTest> findByPlanIdAndExerciseId(String planId, Long exerciseId);

    /**
     * The plans with at least one test from {@code from} to {@code to}, both included, each once. (A derived query,
     * not a declared count: a declared one is parsed by Spring Data's own JPQL parser at every start.)
     */
    List<TestedPlan> findDistinctByTestedOnBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Only the plan of a test. */
    interface TestedPlan {
        String getPlanId();
    }

    boolean existsByPlanIdAndExerciseId(String planId, Long exerciseId);
}
