package uk.gov.halton.planner.plans;

import java.time.LocalDate;

/** One recorded test of a plan: by an exercise (exerciseId) or entered by a planner; reportLink once a report exists. */
public record PlanTestRecord(
        long id,
        String planId,
        LocalDate testedOn,
        Long exerciseId,
        String note,
        String recordedBy,
        String reportLink) {}
