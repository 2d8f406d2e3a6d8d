package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.ElementMark;
import uk.gov.halton.planner.exercises.ElementMarkService;
import uk.gov.halton.planner.exercises.ElementResult;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.plans.PlanElement;
import uk.gov.halton.planner.plans.PlanElementService;
import uk.gov.halton.planner.plans.PlanService;

/** The plan elements an exercise tests, per plan, and how well: planners record them; everyone reads them. */
@Route("exercises/:id(\\d+)/elements")
@PermitAll
public class ElementsView extends ExercisePage {

    private final ElementMarkService marks;
    private final PlanElementService elements;
    private final PlanService plans;

    public ElementsView(
            ExerciseService exercises,
            ElementMarkService marks,
            PlanElementService elements,
            PlanService plans,
            AuthenticationContext authentication) {
        super(exercises, authentication, "Plan elements tested");
        this.marks = marks;
        this.elements = elements;
        this.plans = plans;
    }

    @Override
    void render() {
        removeAll();
        add(header());
        add(
                new Paragraph(
                        exercise.status() == ExerciseStatus.HELD
                                ? "Record how well each element was met: met, partly met or not met, with a note."
                                : "Choose the elements this exercise is to test; once it is held, record how well each was met."));
        List<ElementMark> all = marks.marks(exercise.id());
        for (String planId : exercise.planIds()) {
            String title = plans.find(planId).map(p -> p.title()).orElse(planId);
            add(new H3(title));
            add(grid(planId, all.stream().filter(m -> m.planId().equals(planId)).toList()));
            if (canEdit && exercise.status() != ExerciseStatus.CANCELLED) {
                add(form(planId, title));
            }
            add(new Anchor("plans/" + planId + "/coverage", "Coverage of " + title + " over its test cycle"));
        }
    }

    private Grid<ElementMark> grid(String planId, List<ElementMark> planMarks) {
        Grid<ElementMark> grid = new Grid<>(ElementMark.class, false);
        grid.addClassName("element-marks");
        grid.addColumn(ElementMark::elementTitle)
                .setHeader("Element")
                .setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(m -> m.result().label())
                .setHeader("Result")
                .setAutoWidth(true)
                .setSortable(true);
        var note = grid.addColumn(m -> m.note() == null ? "" : m.note())
                .setHeader("Note")
                .setFlexGrow(2);
        if (canEdit) {
            grid.addComponentColumn(m -> {
                        Button remove = new Button(
                                "Remove",
                                e -> Kit.confirm(
                                        "Remove " + m.elementTitle() + "?",
                                        "The exercise will no longer be recorded as testing this element.",
                                        "Remove",
                                        null,
                                        () -> {
                                            marks.unmark(exercise.id(), planId, m.elementKey());
                                            render();
                                        }));
                        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        remove.setAriaLabel("Remove " + m.elementTitle());
                        return remove;
                    })
                    .setHeader("")
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, note);
        grid.setItems(planMarks);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No elements recorded for this plan yet.");
        return grid;
    }

    private HorizontalLayout form(String planId, String title) {
        ComboBox<PlanElement> element = new ComboBox<>("Element of " + title, elements.activeElements(planId));
        element.setItemLabelGenerator(PlanElement::title);
        element.addClassName("element-choice");
        element.setWidth("20em");
        element.setMaxWidth("100%");
        ComboBox<ElementResult> result = new ComboBox<>("Result", ElementResult.values());
        result.setItemLabelGenerator(ElementResult::label);
        result.setValue(exercise.status() == ExerciseStatus.HELD ? ElementResult.MET : ElementResult.TO_BE_TESTED);
        result.addClassName("element-result");
        TextField note = new TextField("Note");
        note.addClassName("element-note");
        Button record = new Button("Record", e -> {
            if (element.getValue() == null) {
                element.setErrorMessage("Choose an element.");
                element.setInvalid(true);
                return;
            }
            if (Kit.attempt(
                    () -> marks.mark(
                            exercise.id(), planId, element.getValue().key(), result.getValue(), note.getValue()),
                    Map.of("element", element, "result", result, "note", note),
                    element)) {
                Kit.done("Recorded: " + element.getValue().title());
                render();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClassName("record-element");
        HorizontalLayout form = new HorizontalLayout(element, result, note, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
