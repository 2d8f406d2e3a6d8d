package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.ExerciseTemplate;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/** Every exercise, with filters, a CSV export and the lessons export for Joint Organisational Learning. */
@Route("exercises")
@PageTitle("Exercises")
@Menu(order = 30, icon = "vaadin:group", title = "Exercises")
@PermitAll
public class ExercisesView extends VerticalLayout {

    final Grid<ExerciseSummary> grid = new Grid<>(ExerciseSummary.class, false);
    private final ListDataProvider<ExerciseSummary> data;
    private final TextField filter = new TextField();
    private final ComboBox<ExerciseStatus> status = new ComboBox<>();

    public ExercisesView(
            ExerciseService exercises,
            PlanService plans,
            AuthenticationContext authentication,
            uk.gov.halton.planner.exercises.ElementMarkService marks) {
        setSizeFull();
        Map<String, String> planTitles =
                plans.findAll().stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        Map<String, String> types = exercises.templates().stream()
                .collect(Collectors.toMap(ExerciseTemplate::type, ExerciseTemplate::name));
        data = new ListDataProvider<>(exercises.findAll());
        grid.addComponentColumn(e -> Kit.target(new RouterLink(
                        e.name(), ExerciseView.class, new RouteParameters("id", String.valueOf(e.id())))))
                .setHeader("Exercise")
                .setSortable(true)
                .setComparator(ExerciseSummary::name)
                .setWidth("6rem")
                .setFlexGrow(2);
        var type = grid.addColumn(e -> types.getOrDefault(e.templateType(), e.templateType()))
                .setHeader("Type")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> Ui.date(e.date()))
                .setHeader("Date")
                .setSortable(true)
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(ExerciseSummary::startsAt));
        grid.addComponentColumn(e -> Ui.exerciseStatus(e.status()))
                .setHeader("Status")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(e -> e.status().ordinal());
        var plansTested = grid.addColumn(e -> plansText(e, planTitles))
                .setHeader("Plans tested")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, type, plansTested);
        grid.setItems(data);
        grid.setEmptyStateText("No exercises yet. Planners create one from a template.");
        // The page scrolls, not the table: a row half out of a table's own scroll area leaves its link a target
        // smaller than 24 px (WCAG 2.2, 2.5.8).
        grid.setAllRowsVisible(true);

        filter.setPlaceholder("Filter by name or plan");
        filter.setAriaLabel("Filter by name or plan");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> applyFilter(planTitles));
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setItems(ExerciseStatus.values());
        status.setItemLabelGenerator(ExerciseStatus::label);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> applyFilter(planTitles));

        HorizontalLayout tools = new HorizontalLayout(
                filter,
                status,
                Kit.csv(
                        "exercises.csv",
                        "Export CSV",
                        () -> ExerciseCsv.write(
                                List.copyOf(data.getItems()),
                                e -> plansText(e, planTitles),
                                e -> marks.testedText(e.id()))),
                Kit.csv("lessons-jol.csv", "Export lessons for JOL", exercises::lessonsCsv));
        if (authentication.hasAnyRole("PLANNER", "ADMIN")) {
            for (ExerciseTemplate t : exercises.templates()) {
                tools.add(new Anchor(
                        "exercises/new?template=" + t.type(), "New " + t.name().toLowerCase(Locale.UK)));
            }
        }
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
    }

    private void applyFilter(Map<String, String> planTitles) {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        ExerciseStatus wanted = status.getValue();
        data.setFilter(e -> (wanted == null || e.status() == wanted)
                && (text.isEmpty()
                        || e.name().toLowerCase(Locale.ROOT).contains(text)
                        || plansText(e, planTitles).toLowerCase(Locale.ROOT).contains(text)));
    }

    static String plansText(ExerciseSummary e, Map<String, String> planTitles) {
        return e.planIds().stream().map(id -> planTitles.getOrDefault(id, id)).collect(Collectors.joining("; "));
    }
}
