package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import uk.gov.halton.planner.exercises.ExercisePageSection;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/** On an exercise's page: the plan elements it tests, the day's log, and the test report. */
@org.springframework.stereotype.Component
class ExerciseLinks implements ExercisePageSection {

    @Override
    public Component create(ExerciseSummary exercise) {
        long id = exercise.id();
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("exercises/" + id + "/elements", "Plan elements tested"),
                new Anchor("exercises/" + id + "/log", "Exercise-day log"),
                new Anchor("exercises/" + id + "/report", "Test report"));
        links.setWrap(true);
        links.addClassName("exercise-links");
        return links;
    }
}
