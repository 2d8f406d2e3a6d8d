package uk.gov.halton.planner.exercises;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.domain.Exercise;
import uk.gov.halton.planner.exercises.templates.ExerciseTemplates;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/** Drafts of exercises: one filled from a template, and a planner's draft checked and saved as a new or changed exercise. */
@Component
class ExerciseDrafts {

    private final ExerciseRecords records;
    private final ExerciseTemplates templates;
    private final PlanService plans;

    ExerciseDrafts(ExerciseRecords records, ExerciseTemplates templates, PlanService plans) {
        this.records = records;
        this.templates = templates;
        this.plans = plans;
    }

    /** A draft filled from a template for a plan: name, agencies, objectives and the usual duration. */
    ExerciseDraft fromTemplate(String type, List<String> planIds, LocalDate date) {
        ExerciseTemplate template = templates
                .find(type)
                .orElseThrow(() ->
                        new InvalidInputException("templateType", "There is no exercise template '" + type + "'."));
        String planTitles = planIds.stream()
                .map(plans::find)
                .flatMap(Optional::stream)
                .map(PlanSummary::title)
                .collect(Collectors.joining(", "));
        LocalDateTime start = date.atTime(ExerciseService.DEFAULT_START);
        return new ExerciseDraft(
                template.name() + (planTitles.isEmpty() ? "" : " – " + planTitles),
                type,
                planIds,
                start,
                start.plus(template.usualDuration()),
                "",
                template.agencies(),
                String.join("\n", template.objectives()),
                "",
                true);
    }

    ExerciseSummary create(ExerciseDraft draft) {
        Exercise exercise = new Exercise(draft.templateType(), ExerciseRecords.currentUser());
        apply(exercise, draft);
        records.save(exercise);
        return records.changed(exercise);
    }

    ExerciseSummary update(long id, long rowVersion, ExerciseDraft draft) {
        Exercise exercise = records.opened(id, rowVersion);
        exercise.getStatus().next(ExerciseStep.EDIT);
        apply(exercise, draft);
        return records.changed(exercise);
    }

    private void apply(Exercise exercise, ExerciseDraft draft) {
        exercise.setName(draft.name());
        if (draft.templateType() == null || templates.find(draft.templateType()).isEmpty()) {
            throw new InvalidInputException("templateType", "Choose an exercise type.");
        }
        exercise.setTemplateType(draft.templateType());
        List<String> planIds = draft.planIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.planIds()));
        if (planIds.isEmpty()) {
            throw new InvalidInputException("planIds", "Choose the plan (or plans) the exercise tests.");
        }
        for (String planId : planIds) {
            if (plans.find(planId).isEmpty()) {
                throw new InvalidInputException("planIds", "There is no plan '" + planId + "'.");
            }
        }
        exercise.setPlanIdList(planIds);
        checkTimes(draft.startsAt(), draft.endsAt());
        exercise.setStartsAt(draft.startsAt().atZone(PlannerZone.zone()).toInstant());
        exercise.setEndsAt(draft.endsAt().atZone(PlannerZone.zone()).toInstant());
        // The draft's texts are stripped and checked by its constraints (ExerciseService is @Validated).
        exercise.setLocation(draft.location());
        if (String.join("\n", draft.agencies()).length() > 2000) {
            throw new InvalidInputException("agencies", "The list of agencies is too long (at most 2000 characters).");
        }
        exercise.setAgencyList(draft.agencies());
        exercise.setObjectives(draft.objectives());
        exercise.setScenario(draft.scenario());
        exercise.setTestsPlan(draft.testsPlan());
    }

    /** An exercise starts on a valid date and ends after it starts, at most seven days later. */
    static void checkTimes(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            throw new InvalidInputException("startsAt", "Enter the date and start time.");
        }
        DateRules.check("startsAt", "The date of the exercise", start.toLocalDate());
        if (end == null || !end.isAfter(start)) {
            throw new InvalidInputException("endsAt", "The exercise must end after it starts.");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidInputException("endsAt", "An exercise lasts at most seven days.");
        }
    }
}
