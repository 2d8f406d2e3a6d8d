package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.register.domain.RegisterService;

/**
 * A partner reads; nothing on the pages a partner opens lets them type into a record or press a button that
 * changes one. The walk finds every enabled, visible, editable field and every enabled, visible button on each
 * view (grid cells included). What remains may only choose what is shown (a filter, a year, a month), and is
 * named here with the reason.
 */
@PlannerContextTest
class PartnerReadOnlyTest extends SpringBrowserlessTest {

    /** Fields that only choose what a page shows: filters and searches ("Filter by ...", "Any status"), periods. */
    private static final Set<String> PERIOD_CHOOSERS = Set.of("Financial year", "Year", "Quarter", "Theme", "Kind");
    /** Buttons that only change what is shown, by text. */
    private static final Set<String> VIEW_BUTTONS =
            Set.of("Fit to sites", "Print", "Previous month", "Next month", "This month", "Month", "Agenda");
    /** The calendar page holds the user's own feed address: theirs to make and revoke, whatever their role. */
    private static final Set<String> OWN_FEED_BUTTONS =
            Set.of("Make a feed address", "Make a new address (the old one stops working)", "Revoke");

    @Autowired
    ExerciseService exercises;

    @Autowired
    PlanService plans;

    @Autowired
    RegisterService register;

    @Test
    @WithUserDetails("partner")
    void aPartnerFindsNothingEditableOnAnyViewTheyCanOpen() {
        java.time.LocalDate heldOn = exercises.today().minusDays(12);
        long held = ExerciseFixture.held(exercises, "Partner walk", "emerald-kalama", heldOn)
                .id();
        ExerciseFixture.asPlanner(() -> {
            exercises.addLesson(
                    held,
                    uk.gov.halton.planner.exercises.Lesson.Category.values()[0],
                    "Warning",
                    "Partner walk lesson");
            return exercises.addAction(
                    held, "Partner walk action", "planner", exercises.today().plusDays(30));
        });
        long proposed = ExerciseFixture.asPlanner(() -> exercises
                .create(exercises.draftFromTemplate(
                        "seminar", List.of("univar-widnes"), exercises.today().plusDays(60)))
                .id());
        String plan = plans.findAll().getFirst().id();
        int year = exercises.today().getMonthValue() >= 4
                ? exercises.today().getYear()
                : exercises.today().getYear() - 1;

        List<String> routes = List.of(
                "",
                "sites",
                "sites/koura-runcorn",
                "site-register",
                "plans",
                "plans/" + plan,
                "exercises",
                "exercises/" + held,
                "exercises/" + proposed,
                "programme",
                "programme/" + (year - 1),
                "register",
                "register/indicators",
                "register/indicators/CE-LI-12",
                "register/objectives/" + register.objectives().getFirst().getId(),
                "register/report",
                "calendar");
        Map<String, List<String>> editable = new LinkedHashMap<>();
        for (String route : routes) {
            Component view = navigate(route, Component.class);
            List<String> found = new ArrayList<>();
            walk(view, found);
            if (route.equals("calendar")) {
                found.removeIf(f -> OWN_FEED_BUTTONS.stream().anyMatch(b -> f.equals("Button '" + b + "'")));
            }
            if (!found.isEmpty()) {
                editable.put(route, found);
            }
        }
        assertThat(editable)
                .as("editable fields or buttons a partner can use, by route")
                .isEmpty();
    }

    private void walk(Component component, List<String> found) {
        if (component.getElement().isTextNode() || !component.isVisible()) {
            return;
        }
        boolean enabled = !(component instanceof HasEnabled e) || e.isEnabled();
        if (enabled && component instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            String label = label(component);
            if (!choosesWhatIsShown(component, label)) {
                found.add(component.getClass().getSimpleName() + " '" + label + "'");
            }
        }
        if (enabled && component instanceof Button button && !VIEW_BUTTONS.contains(button.getText())) {
            found.add("Button '" + button.getText() + "'");
        }
        if (enabled && component instanceof Upload) {
            found.add("Upload");
        }
        if (component instanceof Grid<?> grid) {
            walkCells(grid, found);
        }
        if (!(component instanceof Anchor)) {
            component.getChildren().forEach(child -> walk(child, found));
        }
    }

    /** Components drawn in a grid's cells (a Done checkbox, an Acknowledge button) are not the grid's children. */
    private void walkCells(Grid<?> grid, List<String> found) {
        var tester = test(grid);
        int rows = Math.min(tester.size(), 30);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                Component cell;
                try {
                    cell = tester.getCellComponent(row, column);
                } catch (RuntimeException notAComponentColumn) {
                    continue;
                }
                if (cell != null) {
                    walk(cell, found);
                }
            }
        }
    }

    private static boolean choosesWhatIsShown(Component component, String label) {
        return label.startsWith("Filter")
                || label.startsWith("Search")
                || label.startsWith("Any ")
                || PERIOD_CHOOSERS.contains(label)
                || inLayerSwitcher(component);
    }

    /** The site map's layer switcher shows or hides map layers. */
    private static boolean inLayerSwitcher(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (c.getElement().getClassList().contains("layer-switcher")) {
                return true;
            }
        }
        return false;
    }

    private static String label(Component component) {
        String label = component.getElement().getProperty("label");
        if (label == null || label.isBlank()) {
            label = component.getElement().getAttribute("aria-label");
        }
        if (label == null || label.isBlank()) {
            label = component.getElement().getProperty("placeholder");
        }
        return label == null ? "" : label;
    }
}
