package uk.gov.halton.planner.base.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * H2's own online backup: {@code BACKUP TO} copies the database file into a ZIP while the application keeps
 * running, consistent as of one moment. Restore it with {@code org.h2.tools.Restore} (docs/operations.md). Only a
 * file database can be backed up this way; an in-memory one has no file.
 */
final class H2Backup {

    private final DataSource dataSource;

    H2Backup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is an H2 file database, which this backup needs. */
    boolean available() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes H2's backup ZIP to {@code out}, which stays open. */
    void writeTo(OutputStream out) throws IOException {
        // BACKUP TO writes a file on the database's side; a temporary file that only this method knows, removed after.
        Path folder = Files.createTempDirectory("planner-h2-backup");
        Path zip = folder.resolve("planner-h2.zip");
        try {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new IllegalStateException("H2 could not write its backup: " + e.getMessage(), e);
            }
            Files.copy(zip, out);
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(folder);
        }
    }
}
