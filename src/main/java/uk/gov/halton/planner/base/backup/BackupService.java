package uk.gov.halton.planner.base.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * Backups for administrators: the full export in the open format, and H2's native backup when the database is an
 * H2 file. Both hold everything, password hashes and calendar feed tokens included, so only administrators get
 * them, checked here whatever the UI shows, and every download is logged with who made it.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataExport export;
    private final H2Backup h2;
    private final Clock clock;

    BackupService(DataSource dataSource, Clock clock) {
        this.export = new DataExport(dataSource);
        this.h2 = new H2Backup(dataSource);
        this.clock = clock;
    }

    /** Writes the full export (a ZIP of CSV files and manifest.json) to {@code out}. */
    @PreAuthorize("hasRole('ADMIN')")
    public void writeExport(OutputStream out) throws IOException {
        Manifest manifest = export.writeTo(out, clock.instant());
        log.info(
                "Full export (schema version {}, {} tables, {} rows) downloaded by {}",
                manifest.schemaVersion(),
                manifest.tables().size(),
                manifest.tables().stream().mapToLong(Manifest.TableEntry::rows).sum(),
                currentUser());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String exportFileName() {
        return "safer-halton-planner-export-"
                + STAMP.withZone(PlannerZone.zone()).format(clock.instant()) + ".zip";
    }

    /** Whether {@link #writeH2Backup} can run: only on an H2 file database. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean h2BackupAvailable() {
        return h2.available();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void writeH2Backup(OutputStream out) throws IOException {
        h2.writeTo(out);
        log.info("H2 database backup downloaded by {}", currentUser());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String h2BackupFileName() {
        return "safer-halton-planner-h2-" + STAMP.withZone(PlannerZone.zone()).format(clock.instant()) + ".zip";
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }
}
