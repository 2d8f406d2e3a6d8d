package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The pages around one exercise: the plan elements it tests, the day's log, and the test report. */
final class ExerciseLinks {

    private ExerciseLinks() {
    }

    static HorizontalLayout of(long exerciseId) {
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("exercises/" + exerciseId + "/elements", "Plan elements tested"),
                new Anchor("exercises/" + exerciseId + "/log", "Exercise-day log"),
                new Anchor("exercises/" + exerciseId + "/report", "Test report"));
        links.setWrap(true);
        links.addClassName("exercise-links");
        return links;
    }
}
