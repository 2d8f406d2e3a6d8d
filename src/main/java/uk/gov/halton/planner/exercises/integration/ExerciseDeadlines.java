package uk.gov.halton.planner.exercises.integration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.exercises.ExerciseActionItem;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * Exercises' deadlines for the alerts module: each scheduled exercise's date, the cold debrief of a held exercise
 * (due six weeks after it, the end of the two-to-six-week window) until it is recorded, and each open action.
 */
@Component
public class ExerciseDeadlines implements DeadlineProvider {

    private final ExerciseService exercises;

    ExerciseDeadlines(ExerciseService exercises) {
        this.exercises = exercises;
    }

    /** A scheduled exercise's date, as a deadline; the reminder job uses the same one, so both withdraw together. */
    public static Deadline exercise(ExerciseSummary e) {
        return new Deadline(
                DeadlineKind.EXERCISE, "exercise-" + e.id(), e.name(), e.date(), e.createdBy(), subjects(e), link(e));
    }

    /** The cold debrief owed by a held exercise. */
    public static Deadline coldDebrief(ExerciseSummary e) {
        return new Deadline(
                DeadlineKind.COLD_DEBRIEF,
                "cold-debrief-" + e.id(),
                "Cold debrief of " + e.name(),
                coldDebriefDue(e),
                e.createdBy(),
                subjects(e),
                link(e));
    }

    public static java.time.LocalDate coldDebriefDue(ExerciseSummary e) {
        return e.heldOn().plusDays(ExerciseService.COLD_DEBRIEF_MAX_DAYS);
    }

    private static Set<String> subjects(ExerciseSummary e) {
        Set<String> subjects = new LinkedHashSet<>();
        e.planIds().forEach(plan -> subjects.add("plan:" + plan));
        return subjects;
    }

    private static String link(ExerciseSummary e) {
        return "exercises/" + e.id();
    }

    @Override
    public List<Deadline> openDeadlines() {
        List<Deadline> result = new ArrayList<>();
        for (ExerciseSummary e : exercises.findAll()) {
            Set<String> subjects = subjects(e);
            String link = link(e);
            if (e.status() == ExerciseStatus.SCHEDULED) {
                result.add(exercise(e));
            }
            if (e.status() == ExerciseStatus.HELD && e.heldOn() != null && e.coldDebriefOn() == null) {
                result.add(coldDebrief(e));
            }
            for (ExerciseActionItem a : exercises.actions(e.id())) {
                if (!a.done()) {
                    result.add(new Deadline(
                            DeadlineKind.ACTION,
                            "action-" + a.id(),
                            a.description(),
                            a.dueOn(),
                            a.owner(),
                            subjects,
                            link));
                }
            }
        }
        return result;
    }
}
