package uk.gov.halton.planner.exercises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.exercises.ElementMark;
import uk.gov.halton.planner.exercises.ElementMarkService;
import uk.gov.halton.planner.exercises.ElementResult;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanElement;

/** A planner marks the elements an exercise is to test on its page; a partner reads them without controls. */
@PlannerContextTest
class ElementsViewTest extends SpringBrowserlessTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    ElementMarkService marks;

    @Test
    @WithUserDetails("planner")
    void aPlannerMarksTheElementsATabletopIsToTest() {
        long id = ExerciseFixture.proposed(exercises, "Elements tabletop", "iconichem-widnes", LocalDate.of(2055, 3, 9))
                .id();
        navigate("exercises/" + id + "/elements", ElementsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<PlanElement> element =
                find(ComboBox.class).withClassName("element-choice").single();
        PlanElement callOut = element.getListDataView()
                .getItems()
                .filter(e -> e.key().equals("warning-and-call-out"))
                .findFirst()
                .orElseThrow();
        test(element).selectItem(callOut.title());
        @SuppressWarnings("unchecked")
        ComboBox<ElementResult> result =
                find(ComboBox.class).withClassName("element-result").single();
        assertThat(result.getValue()).isEqualTo(ElementResult.TO_BE_TESTED);
        test(find(TextField.class).withClassName("element-note").single()).setValue("Out-of-hours cascade");
        test(find(Button.class).withClassName("record-element").single()).click();

        assertThat(marks.marks(id)).singleElement().satisfies(m -> {
            assertThat(m.elementKey()).isEqualTo("warning-and-call-out");
            assertThat(m.result()).isEqualTo(ElementResult.TO_BE_TESTED);
            assertThat(m.note()).isEqualTo("Out-of-hours cascade");
        });
        @SuppressWarnings("unchecked")
        Grid<ElementMark> grid = find(Grid.class).withClassName("element-marks").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Early warning, alert and call-out");

        // Met is for after the day: refused beside the field while the exercise is still to come.
        @SuppressWarnings("unchecked")
        ComboBox<PlanElement> again =
                find(ComboBox.class).withClassName("element-choice").single();
        test(again).selectItem("Informing the public and neighbours");
        @SuppressWarnings("unchecked")
        ComboBox<ElementResult> met =
                find(ComboBox.class).withClassName("element-result").single();
        test(met).selectItem("Met");
        test(find(Button.class).withClassName("record-element").single()).click();
        assertThat(met.isInvalid()).isTrue();
        assertThat(met.getErrorMessage()).contains("once the exercise is held");
        assertThat(marks.marks(id)).hasSize(1);

        // The exercise's page shows the marked elements, with their results: there is no free text beside them.
        navigate("exercises/" + id, ExerciseView.class);
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("elements-tested")
                        .single()
                        .getText())
                .isEqualTo("Early warning, alert and call-out (To be tested)");
    }

    @Test
    @WithUserDetails("planner")
    void theNewExerciseFormHasNoFreeTextForElementsAndAnUnmarkedExerciseSaysSo() {
        ExerciseNewView form = navigate(ExerciseNewView.class);
        form.plans.setValue(java.util.Set.of(form.plans
                .getListDataView()
                .getItems()
                .filter(p -> p.id().equals("iconichem-widnes"))
                .findFirst()
                .orElseThrow()));
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).all())
                .extracting(com.vaadin.flow.component.textfield.TextArea::getLabel)
                .containsExactlyInAnyOrder("Objectives", "Scenario");
        test(find(TextField.class).withId("exercise-name").single()).setValue("Unmarked tabletop");
        // Not a test of the plan: it moves no plan's dates for other tests.
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).single()).click();
        test(find(Button.class).withText("Create exercise").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("elements-tested")
                        .single()
                        .getText())
                .isEqualTo("None recorded yet");
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerReadsTheElementsButCannotMarkThem() {
        long id = ExerciseFixture.proposed(
                        exercises, "Partner-read tabletop", "iconichem-widnes", LocalDate.of(2055, 4, 9))
                .id();
        ExerciseFixture.asPlanner(
                () -> marks.mark(id, "iconichem-widnes", "activation", ElementResult.TO_BE_TESTED, null));
        navigate("exercises/" + id + "/elements", ElementsView.class);
        assertThat(find(Button.class).withClassName("record-element").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<ElementMark> grid = find(Grid.class).withClassName("element-marks").single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Setting the plan in motion");
    }
}
