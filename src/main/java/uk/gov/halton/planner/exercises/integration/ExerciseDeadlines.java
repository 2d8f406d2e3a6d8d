package uk.gov.halton.planner.exercises.integration;

import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.exercises.ExerciseActionItem;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Exercises' deadlines for the alerts module: each scheduled exercise's date, the cold debrief of a held exercise
 * (due six weeks after it, the end of the two-to-six-week window) until it is recorded, and each open action.
 */
@Component
class ExerciseDeadlines implements DeadlineProvider {

    static final int COLD_DEBRIEF_DUE_DAYS = 42;

    private final ExerciseService exercises;

    ExerciseDeadlines(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @Override
    public List<Deadline> openDeadlines() {
        List<Deadline> result = new ArrayList<>();
        for (ExerciseSummary e : exercises.findAll()) {
            Set<String> subjects = new LinkedHashSet<>();
            e.planIds().forEach(plan -> subjects.add("plan:" + plan));
            String link = "exercises/" + e.id();
            if (e.status() == ExerciseStatus.SCHEDULED) {
                result.add(new Deadline(DeadlineKind.EXERCISE, "exercise-" + e.id(), e.name(), e.date(),
                        e.createdBy(), subjects, link));
            }
            if (e.status() == ExerciseStatus.HELD && e.heldOn() != null && e.coldDebriefOn() == null) {
                result.add(new Deadline(DeadlineKind.COLD_DEBRIEF, "cold-debrief-" + e.id(),
                        "Cold debrief of " + e.name(), e.heldOn().plusDays(COLD_DEBRIEF_DUE_DAYS), e.createdBy(),
                        subjects, link));
            }
            for (ExerciseActionItem a : exercises.actions(e.id())) {
                if (!a.done()) {
                    result.add(new Deadline(DeadlineKind.ACTION, "action-" + a.id(), a.description(), a.dueOn(),
                            a.owner(), subjects, link));
                }
            }
        }
        return result;
    }
}
