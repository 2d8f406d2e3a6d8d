package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * A page of one exercise (exercises/{id}, its elements, day log, report): finds the exercise its address names, or
 * shows the not-found page, and knows whether the reader may edit (the services check again on every write).
 */
abstract class ExercisePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ExerciseService exercises;
    final boolean canEdit;
    private final String title;
    ExerciseSummary exercise;

    ExercisePage(ExerciseService exercises, AuthenticationContext authentication, String title) {
        this.exercises = exercises;
        this.canEdit = authentication.hasAnyRole("PLANNER", "ADMIN");
        this.title = title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        exercise = exercises.find(id).orElseThrow(() -> new NotFoundException("No exercise " + id));
        render();
    }

    /** "Test report: Operation Slate". */
    @Override
    public String getPageTitle() {
        return exercise == null ? title : title + ": " + exercise.name();
    }

    /** Draws the page for {@link #exercise}, from the top. */
    abstract void render();

    /** The head every exercise page starts with. */
    ExerciseHeader header() {
        return ExerciseHeader.of(exercise, title);
    }
}
