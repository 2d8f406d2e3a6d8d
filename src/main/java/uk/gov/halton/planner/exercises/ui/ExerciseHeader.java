package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * The head of every page of one exercise, the same on each: a way back, the page's title, and which exercise it is
 * with its date and status (and why it was postponed or cancelled, or when it was held).
 */
final class ExerciseHeader extends Div {

    private ExerciseHeader(Component back, String title, ExerciseSummary exercise, boolean named) {
        addClassName("exercise-header");
        HorizontalLayout facts = new HorizontalLayout();
        facts.addClassName("exercise-facts");
        facts.setWrap(true);
        facts.setAlignItems(FlexComponent.Alignment.CENTER);
        if (named) {
            facts.add(new Span(exercise.name()));
        }
        facts.add(new Span(Dates.day(exercise.date())), new Span("Status:"), Ui.exerciseStatus(exercise.status()));
        if (exercise.postponeReason() != null) {
            facts.add(new Span("Reason: " + exercise.postponeReason()));
        }
        if (exercise.cancelReason() != null) {
            facts.add(new Span("Reason: " + exercise.cancelReason()));
        }
        if (exercise.heldOn() != null) {
            facts.add(new Span("Held on " + Ui.date(exercise.heldOn())));
        }
        add(back, new H2(title), facts);
    }

    /** The exercise's own page: back to all exercises, and the exercise's name as the title. */
    static ExerciseHeader of(ExerciseSummary exercise) {
        return new ExerciseHeader(
                new RouterLink("All exercises", ExercisesView.class), exercise.name(), exercise, false);
    }

    /** One of the exercise's pages (its elements, day log, report): back to the exercise, then the page's title. */
    static ExerciseHeader of(ExerciseSummary exercise, String title) {
        return new ExerciseHeader(
                new Anchor("exercises/" + exercise.id(), "Back to " + exercise.name()), title, exercise, true);
    }
}
