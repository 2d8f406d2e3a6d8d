package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.halton.planner.Application;
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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss")
            .withZone(Application.LONDON);

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    public AuditLogView(AuditLog auditLog) {
        setSizeFull();
        grid.addColumn(e -> WHEN.format(e.time())).setHeader("When").setAutoWidth(true)
                .setComparator(AuditEntry::revision).setSortable(true);
        grid.addColumn(AuditEntry::username).setHeader("Who").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.entity() + " " + e.entityId()).setHeader("Record").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.kind().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Change").setSortable(true);
        grid.addColumn(AuditEntry::summary).setHeader("Details").setFlexGrow(1);
        grid.setEmptyStateText("Nothing has been changed yet.");
        grid.setItems(auditLog.latest(SHOWN));
        add(grid);
    }
}
