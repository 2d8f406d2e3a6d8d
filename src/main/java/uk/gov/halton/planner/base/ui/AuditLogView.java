package uk.gov.halton.planner.base.ui;

import uk.gov.halton.planner.base.Kit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.AuditEntry;
import uk.gov.halton.planner.base.AuditLog;
import uk.gov.halton.planner.base.Role;

import java.time.format.DateTimeFormatter;

/** Who changed what, and when (times in Europe/London). */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 91, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    public AuditLogView(AuditLog auditLog) {
        setSizeFull();
        grid.addColumn(e -> WHEN.withZone(PlannerZone.zone()).format(e.time())).setHeader("When").setAutoWidth(true)
                .setComparator(AuditEntry::revision).setSortable(true);
        var who = grid.addColumn(AuditEntry::username).setHeader("Who").setSortable(true).setAutoWidth(true);
        var record = grid.addColumn(e -> e.entity() + " " + e.entityId()).setHeader("Record").setSortable(true)
                .setAutoWidth(true);
        var change = grid.addColumn(e -> Kit.words(e.kind().name())).setHeader("Change").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader("Details").setWidth("6em").setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(grid, who, record, change);
        grid.setEmptyStateText("Nothing has been changed yet.");
        grid.setItems(auditLog.latest(SHOWN));
        add(grid);
    }
}
