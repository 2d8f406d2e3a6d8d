package uk.gov.halton.planner.plans;

import java.time.LocalDate;
import java.util.List;
import uk.gov.halton.planner.alerts.Deadline;

/**
 * An off-site plan as other modules and views see it, with its status worked out for today. {@code rowVersion} is
 * the record's version, for an edit to say which version it was made from.
 */
public record PlanSummary(
        String id,
        String title,
        String version,
        String owner,
        String lifecycle,
        List<String> siteIds,
        List<String> siteNames,
        LocalDate preparedOn,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        LocalDate lastTested,
        Long lastTestExerciseId,
        LocalDate nextTestDue,
        LocalDate operatorInfoReceived,
        boolean extensionAgreed,
        String extensionReference,
        LocalDate preparationDeadline,
        String notes,
        PlanStatus status,
        String statusReason,
        LocalDate nearestDeadline,
        List<Deadline> deadlines,
        long rowVersion) {}
