package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.backup.BackupService;

/** Administrators download the full export, and on H2 the database's own backup. */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(order = 93, icon = "vaadin:download", title = "Backup")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends VerticalLayout {

    public BackupView(BackupService backups) {
        add(new H2("Full export"));
        add(new Paragraph("Every record of the application as CSV files, one per table, with a manifest.json that "
                + "describes them, in one ZIP. It restores into a new database, H2 or PostgreSQL, with "
                + "java -jar safer-halton-planner.jar --planner.import=<file> (see docs/operations.md). It holds "
                + "password hashes and calendar feed tokens: keep it as safe as the database."));
        DownloadHandler exportHandler = event -> {
            event.setFileName(backups.exportFileName());
            event.setContentType("application/zip");
            backups.writeExport(event.getOutputStream());
        };
        add(new Anchor(exportHandler, "Download the full export"));

        if (backups.h2BackupAvailable()) {
            add(new H2("H2 database backup"));
            add(new Paragraph("The embedded H2 database's own backup, taken while the application runs. Restore it "
                    + "with org.h2.tools.Restore into an empty data folder (see docs/operations.md)."));
            DownloadHandler h2Handler = event -> {
                event.setFileName(backups.h2BackupFileName());
                event.setContentType("application/zip");
                backups.writeH2Backup(event.getOutputStream());
            };
            add(new Anchor(h2Handler, "Download the H2 database backup"));
        } else {
            add(new Paragraph("The database is PostgreSQL (or in memory): back it up with pg_dump as "
                    + "docs/operations.md describes."));
        }
    }
}
