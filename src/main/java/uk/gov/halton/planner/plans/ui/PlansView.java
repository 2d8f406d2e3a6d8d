package uk.gov.halton.planner.plans.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanStatus;
import uk.gov.halton.planner.plans.PlanSummary;

/** Every off-site plan with its status, due dates and the legend of the status rules. */
@Route("plans")
@PageTitle("Off-site plans")
@Menu(order = 20, icon = "vaadin:file-text-o", title = "Off-site plans")
@PermitAll
public class PlansView extends VerticalLayout {

    final Grid<PlanSummary> grid = new Grid<>(PlanSummary.class, false);
    final TextField filter = new TextField();
    final ComboBox<PlanStatus> statusFilter = new ComboBox<>();
    private final ListDataProvider<PlanSummary> data;

    public PlansView(PlanService plans) {
        setSizeFull();
        List<PlanSummary> all = plans.findAll();
        data = new ListDataProvider<>(all);

        // Plan and status always; the dates and counts from 600 px up, so a phone shows each plan's status unscrolled.
        grid.addComponentColumn(p -> Kit.target(new RouterLink(
                        p.title(), PlanView.class, new com.vaadin.flow.router.RouteParameters("id", p.id()))))
                .setHeader("Plan")
                .setSortable(true)
                .setComparator(PlanSummary::title)
                .setWidth("11rem")
                .setFlexGrow(3);
        // The status says the nearest deadline's date too, so it sorts by that within a status (soonest first)
        // and needs no column of its own: the room goes to the plans' titles.
        grid.addColumn(Kit.pillAndText(
                        p -> new Kit.Pill(
                                p.status().label(),
                                Kit.Tone.ofTheme(p.status().badgeTheme()),
                                "plan-status plan-status-" + p.status().name().toLowerCase(Locale.ROOT)),
                        PlansView::statusText))
                .setHeader("Status")
                .setSortable(true)
                .setComparator(Comparator.comparing(
                                (PlanSummary p) -> p.status().ordinal())
                        .thenComparing(PlanSummary::nearestDeadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("10rem")
                .setFlexGrow(2);
        var sites = grid.addColumn(p -> p.siteNames().size())
                .setHeader("Sites")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var lastTested = grid.addColumn(p -> PlanUi.date(p.lastTested()))
                .setHeader("Last tested")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(
                        PlanSummary::lastTested, Comparator.nullsFirst(Comparator.naturalOrder())));
        var nextTest = grid.addColumn(p -> PlanUi.date(p.nextTestDue()))
                .setHeader("Next test due")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(
                        PlanSummary::nextTestDue, Comparator.nullsFirst(Comparator.naturalOrder())));
        var nextReview = grid.addColumn(p -> PlanUi.date(p.nextReviewDue()))
                .setHeader("Next review due")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(
                        PlanSummary::nextReviewDue, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, sites, lastTested, nextTest, nextReview);
        grid.setItems(data);
        grid.setEmptyStateText("No off-site plans match.");
        grid.setAllRowsVisible(true);

        filter.setPlaceholder("Filter by plan or site");
        filter.setAriaLabel("Filter by plan or site");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.addValueChangeListener(e -> applyFilter());
        statusFilter.setPlaceholder("Any status");
        statusFilter.setAriaLabel("Status");
        statusFilter.setItems(PlanStatus.values());
        statusFilter.setItemLabelGenerator(PlanStatus::label);
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> applyFilter());

        var export = Kit.csv(
                "off-site-plans.csv",
                "Export CSV",
                List.of(
                        "Plan id",
                        "Plan",
                        "Status",
                        "Reason",
                        "Sites",
                        "Last tested",
                        "Next test due",
                        "Next review due",
                        "Preparation deadline",
                        "Nearest deadline"),
                () -> data.getItems().stream()
                        .map(p -> List.of(
                                p.id(),
                                p.title(),
                                p.status().label(),
                                p.statusReason(),
                                String.join("; ", p.siteNames()),
                                str(p.lastTested()),
                                str(p.nextTestDue()),
                                str(p.nextReviewDue()),
                                str(p.preparationDeadline()),
                                str(p.nearestDeadline())))
                        .toList());
        HorizontalLayout tools = new HorizontalLayout(filter, statusFilter, export);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(
                new Paragraph(
                        "Each off-site emergency plan must be reviewed and tested at intervals of no more than three years "
                                + "(COMAH Regulations 2015, regulation 14), the first time three years after it was prepared."),
                tools,
                grid,
                PlanUi.legend());
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        PlanStatus status = statusFilter.getValue();
        data.setFilter(p -> (status == null || p.status() == status)
                && (text.isEmpty()
                        || p.title().toLowerCase(Locale.ROOT).contains(text)
                        || p.siteNames().stream()
                                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(text))));
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The reason and the date it is judged on, so that a phone, which shows only plan and status, still has the date. */
    private static String statusText(PlanSummary plan) {
        return plan.nearestDeadline() == null
                ? plan.statusReason()
                : plan.statusReason() + " (" + uk.gov.halton.planner.base.Dates.shortDay(plan.nearestDeadline()) + ")";
    }
}
