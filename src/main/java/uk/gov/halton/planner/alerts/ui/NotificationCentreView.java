package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import uk.gov.halton.planner.alerts.AlertItem;
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.Kit;

/** The user's alerts: follow one to its item, acknowledge one or all, filter. */
@Route("alerts")
@PageTitle("Notifications")
@Menu(order = 5, icon = "vaadin:bell", title = "Notifications")
@PermitAll
public class NotificationCentreView extends VerticalLayout {

    final Grid<AlertItem> grid = new Grid<>(AlertItem.class, false);
    final Checkbox openOnly = new Checkbox("Only alerts not yet acknowledged", true);
    final ComboBox<DeadlineKind> kind = new ComboBox<>("Kind");
    private final AlertService alerts;

    public NotificationCentreView(AlertService alerts) {
        this.alerts = alerts;
        setSizeFull();
        // The item (wrapped, never cut short) and its Acknowledge button always; the rest from 600 px up.
        // Widths that wrap rather than grow with the text: with the longest kind ("Plan elements not yet tested") and
        // the State "Acknowledged", widths fitted to the text made the table wider than a 1280 px window beside the
        // navigation (1053 > 975 px).
        var alerted = grid.addColumn(a -> Dates.shortDayTime(a.createdAt()))
                .setHeader("Alerted")
                .setSortable(true)
                .setComparator(AlertItem::createdAt)
                .setWidth("9rem")
                .setFlexGrow(0);
        var kindColumn = grid.addColumn(a -> a.kind().title())
                .setHeader("Kind")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::link)
                .setHeader("Item")
                .setWidth("12rem")
                .setFlexGrow(3)
                .setComparator(AlertItem::title)
                .setSortable(true);
        var due = grid.addColumn(a -> Dates.shortDay(a.dueDate()))
                .setHeader("Due")
                .setSortable(true)
                .setComparator(AlertItem::dueDate)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var alert = grid.addColumn(a -> a.describe(alerts.today()))
                .setHeader("Alert")
                .setWidth("7rem")
                .setFlexGrow(1);
        var stateColumn = grid.addComponentColumn(this::state)
                .setHeader("State")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::acknowledgeButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, alerted, kindColumn, due, alert, stateColumn);
        grid.setEmptyStateText("No alerts. You will be told here, and by email if you wish, as deadlines approach.");
        // The page scrolls, not the table: a row half out of a table's own scroll area leaves its link a target
        // smaller than 24 px (WCAG 2.2, 2.5.8).
        grid.setAllRowsVisible(true);

        kind.setItems(DeadlineKind.values());
        kind.setItemLabelGenerator(DeadlineKind::title);
        kind.setClearButtonVisible(true);
        kind.setPlaceholder("All kinds");
        kind.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        Button all = new Button("Acknowledge all", e -> confirmAll());
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink settings = new RouterLink("Alert settings", AlertSettingsView.class);
        HorizontalLayout tools = new HorizontalLayout(kind, openOnly, all, settings);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(alerts.myAlerts(openOnly.getValue(), kind.getValue()));
    }

    private Anchor link(AlertItem a) {
        Anchor anchor = new Anchor(a.link() == null ? "alerts" : a.link(), a.title());
        anchor.getElement().addEventListener("click", e -> alerts.markRead(a.notificationId()));
        return anchor;
    }

    private Span state(AlertItem a) {
        String text = a.superseded()
                ? "Withdrawn"
                : a.acknowledgedAt() != null ? "Acknowledged" : a.readAt() != null ? "Read" : "New";
        Span state = new Span(text);
        state.addClassNames("alert-state", "alert-state-" + text.toLowerCase(java.util.Locale.ROOT));
        return state;
    }

    private Button acknowledgeButton(AlertItem a) {
        Button button = new Button("Acknowledge", e -> {
            alerts.acknowledge(a.notificationId());
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel("Acknowledge: " + a.title());
        button.setVisible(a.acknowledgedAt() == null && !a.superseded());
        return button;
    }

    private void confirmAll() {
        Kit.ask(
                "Acknowledge all alerts?",
                "Every alert shown to you will be marked acknowledged, and overdue items will not escalate.",
                "Acknowledge all",
                null,
                false,
                () -> {
                    int n = alerts.acknowledgeAll();
                    Kit.done(uk.gov.halton.planner.base.Dates.plural(n, "alert") + " acknowledged");
                    refresh();
                });
    }
}
