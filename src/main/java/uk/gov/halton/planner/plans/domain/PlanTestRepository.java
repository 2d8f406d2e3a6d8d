package uk.gov.halton.planner.plans.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTestRepository extends JpaRepository<PlanTest, Long> {
    List<PlanTest> findByPlanIdOrderByTestedOnDescIdDesc(String planId);

    List<PlanTest> findByPlanIdAndExerciseId(String planId, Long exerciseId);

    /** How many plans had at least one test from {@code from} to {@code to}, both included. */
    @org.springframework.data.jpa.repository.Query(
            "select count(distinct t.planId) from PlanTest t where t.testedOn between :from and :to")
    long countPlansTestedBetween(java.time.LocalDate from, java.time.LocalDate to);

    boolean existsByPlanIdAndExerciseId(String planId, Long exerciseId);
}
