package uk.gov.halton.planner.exercises.domain;

import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/** Turns the entity into the record other modules see. */
public final class Exercises {

    private Exercises() {}

    public static ExerciseSummary summary(Exercise e) {
        return new ExerciseSummary(
                e.getId(),
                e.getName(),
                e.getTemplateType(),
                e.getStatus(),
                e.getStartsAt().atZone(PlannerZone.zone()),
                e.getEndsAt().atZone(PlannerZone.zone()),
                e.getLocation(),
                e.agencyList(),
                e.planIdList(),
                e.isTestsPlan(),
                e.getObjectives(),
                e.getScenario(),
                e.getPostponeReason(),
                e.getCancelReason(),
                e.getHeldOn(),
                e.getHotDebrief(),
                e.getColdDebriefOn(),
                e.getColdDebrief(),
                e.getPublicInformed(),
                e.getCreatedBy(),
                e.getRowVersion());
    }
}
