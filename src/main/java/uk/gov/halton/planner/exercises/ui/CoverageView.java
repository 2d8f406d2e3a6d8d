package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.CoverageService;
import uk.gov.halton.planner.exercises.ElementCoverage;
import uk.gov.halton.planner.exercises.ElementResult;
import uk.gov.halton.planner.plans.PlanElementService;

/**
 * A plan's coverage matrix: its elements by the exercises of its current three-year test cycle, each element's last
 * test, and the elements still to prove before the plan's test falls due. Planners refine the element list here.
 */
@Route("plans/:id/coverage")
@PermitAll
public class CoverageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoverageService coverage;
    private final PlanElementService elements;
    private final boolean canEdit;
    private ElementCoverage matrix;

    public CoverageView(CoverageService coverage, PlanElementService elements, AuthenticationContext authentication) {
        this.coverage = coverage;
        this.elements = elements;
        this.canEdit = authentication.hasAnyRole("PLANNER", "ADMIN");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        matrix = coverage.forPlan(id).orElseThrow(() -> new NotFoundException("No plan " + id));
        render();
    }

    @Override
    public String getPageTitle() {
        return matrix == null ? "Plan coverage" : "Coverage: " + matrix.planTitle();
    }

    private void render() {
        removeAll();
        add(new Anchor("plans/" + matrix.planId(), "Back to " + matrix.planTitle()));
        add(new H2("Plan elements over the test cycle"));
        Paragraph cycle = new Paragraph(
                matrix.cycle().known()
                        ? "Current test cycle: " + Dates.day(matrix.cycle().start()) + " to "
                                + Dates.day(matrix.cycle().due())
                                + " (the plan's next test due). Every element in use should be met or partly met by an exercise held "
                                + "in the cycle (COMAH 2015 regulation 14)."
                        : "The plan's test cycle is not known: record when it was prepared, or its last test, on the plan.");
        cycle.addClassName("coverage-cycle");
        add(cycle);
        int flagged = matrix.flagged().size();
        Span summary = new Span(
                flagged == 0
                        ? "No element is flagged."
                        : Dates.plural(flagged, "element") + " not yet proven in this cycle.");
        summary.addClassName("coverage-summary");
        add(summary);
        add(grid());
        add(Kit.csv("coverage-" + matrix.planId() + ".csv", "Download as CSV", header(), this::rows));
        if (canEdit) {
            Button add = new Button("Add an element to this plan", e -> addElement());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(new H3("Where the standard elements come from"));
        add(new Paragraph("The standard list follows what the Control of Major Accident Hazards Regulations 2015 "
                + "(Schedule 4, Part 2) require an external emergency plan to contain, in plain words; each element "
                + "names its paragraph. Planners add elements of the plan's own and retire ones that do not apply."));
    }

    private Grid<ElementCoverage.Row> grid() {
        Grid<ElementCoverage.Row> grid = new Grid<>();
        grid.addClassName("coverage-matrix");
        grid.addComponentColumn(r -> {
                    Div cell = new Div(new Span(r.element().title()));
                    Span source =
                            new Span(r.element().paragraph() + (r.element().retired() ? " (retired)" : ""));
                    source.getStyle()
                            .set("display", "block")
                            .set("font-size", "var(--lumo-font-size-s)")
                            .set("color", "var(--lumo-secondary-text-color)");
                    cell.add(source);
                    return cell;
                })
                .setHeader("Element")
                .setFlexGrow(3)
                .setWidth("7rem");
        // Fixed widths that wrap what they hold (never sized to their longest text): the three key columns fit a
        // phone whatever the results say, and a desktop has room for the exercises' columns beside them.
        grid.addColumn(r -> r.lastTested() == null
                        ? "Never"
                        : Dates.shortDay(r.lastTested()) + " ("
                                + r.lastResult().label().toLowerCase(java.util.Locale.ROOT) + ")")
                .setHeader("Last tested")
                .setWidth("6rem")
                .setFlexGrow(1);
        // With no known cycle nothing is flagged, and nothing is proven either (an element never tested is not).
        grid.addComponentColumn(r -> r.flagged()
                        ? Kit.pill(r.flag(), Kit.Tone.WARNING, "coverage-flag")
                        : r.element().retired()
                                ? new Span("Retired")
                                : !matrix.cycle().known()
                                        ? new Span("Cycle not known")
                                        : Kit.pill("Proven", Kit.Tone.GOOD, "coverage-ok"))
                .setHeader("This cycle")
                .setWidth("7rem")
                .setFlexGrow(1);
        List<Grid.Column<ElementCoverage.Row>> exerciseColumns = new ArrayList<>();
        for (ElementCoverage.Column c : matrix.columns()) {
            exerciseColumns.add(grid.addColumn(r -> label(r.results().get(c.exerciseId())))
                    .setHeader(c.name() + ", " + Dates.shortDay(c.date()))
                    .setWidth("7rem")
                    .setFlexGrow(2));
        }
        if (canEdit) {
            // Retiring an element is desk work: on a phone the column gives way so that the matrix fits.
            exerciseColumns.add(grid.addComponentColumn(r -> {
                        Button toggle = new Button(r.element().retired() ? "Use again" : "Retire", e -> {
                            if (Ui.attempt(() -> elements.setRetired(
                                    matrix.planId(),
                                    r.element().key(),
                                    !r.element().retired()))) {
                                refresh();
                            }
                        });
                        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        toggle.setAriaLabel((r.element().retired() ? "Use again: " : "Retire: ")
                                + r.element().title());
                        return toggle;
                    })
                    .setHeader("")
                    .setAutoWidth(true));
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, exerciseColumns.toArray(Grid.Column[]::new));
        grid.setItems(matrix.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String label(ElementResult result) {
        return result == null ? "" : result.label();
    }

    private List<String> header() {
        List<String> header =
                new ArrayList<>(List.of("Element", "Paragraph", "Retired", "Last tested", "Last result", "This cycle"));
        matrix.columns().forEach(c -> header.add(c.name() + " (" + c.date() + ")"));
        return header;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (ElementCoverage.Row r : matrix.rows()) {
            List<String> row = new ArrayList<>(List.of(
                    r.element().title(),
                    r.element().paragraph(),
                    r.element().retired() ? "Yes" : "No",
                    r.lastTested() == null ? "" : r.lastTested().toString(),
                    label(r.lastResult()),
                    r.flagged()
                            ? r.flag()
                            : r.element().retired()
                                    ? "Retired"
                                    : !matrix.cycle().known() ? "Cycle not known" : "Proven"));
            matrix.columns().forEach(c -> row.add(label(r.results().get(c.exerciseId()))));
            rows.add(row);
        }
        return rows;
    }

    private void addElement() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add an element to " + matrix.planTitle());
        TextField title = new TextField("Element");
        title.setHelperText("e.g. Shelter-in-place advice, Evacuation, Rest centres, Recovery");
        TextArea detail = new TextArea("What it covers (optional)");
        Button save = new Button("Add", e -> {
            if (Kit.attempt(
                    () -> elements.add(matrix.planId(), title.getValue(), detail.getValue()),
                    Map.of("elementTitle", title, "elementDetail", detail),
                    title)) {
                dialog.close();
                Kit.done("Added");
                refresh();
            }
        });
        Kit.openForm(dialog, save, new FormLayout(title, detail));
    }

    private void refresh() {
        matrix = coverage.forPlan(matrix.planId()).orElseThrow();
        render();
    }
}
