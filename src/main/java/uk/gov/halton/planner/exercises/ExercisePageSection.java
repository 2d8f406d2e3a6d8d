package uk.gov.halton.planner.exercises;

import com.vaadin.flow.component.Component;

/**
 * A part of an exercise's page that another module adds (the invitations, for one), so that exercises never depends
 * on that module. Beans of this type are asked for a new component each time the page is drawn.
 */
public interface ExercisePageSection {

    Component create(ExerciseSummary exercise);
}
