package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's online backup as the Backup page takes it (BACKUP TO while the database is open and in use), restored with
 * org.h2.tools.Restore into a new folder as docs/operations.md describes: the restored database has every row.
 */
class H2NativeBackupTest {

    @Test
    void anOnlineBackupRestoresIntoANewFolderWithEveryRow(@TempDir Path folder) throws Exception {
        JdbcDataSource live = dataSource("jdbc:h2:file:" + folder.resolve("live/planner"));
        Flyway.configure()
                .dataSource(live)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Path zip = folder.resolve("backup.zip");
        // The connection stays open across the backup, as the running application's pool keeps it.
        try (Connection open = live.getConnection()) {
            insertUser(open, "weston.point", "Weston Point – Runcorn ✓");
            H2Backup backup = new H2Backup(live);
            assertThat(backup.available()).isTrue();
            try (OutputStream out = Files.newOutputStream(zip)) {
                backup.writeTo(out);
            }
            insertUser(open, "after.backup", "Not in the backup");
        }

        Path restoredFolder = folder.resolve("restored");
        Restore.execute(zip.toString(), restoredFolder.toString(), "planner");

        assertThat(restoredFolder.resolve("planner.mv.db")).exists();
        try (Connection live2 = live.getConnection();
                Connection restored = DriverManager.getConnection(
                        "jdbc:h2:file:" + restoredFolder.resolve("planner") + ";IFEXISTS=TRUE", "sa", "")) {
            Snapshot restoredRows = Snapshot.of(restored, t -> true);
            assertThat(restoredRows.rows("app_user", "username", "weston.point"))
                    .singleElement()
                    .satisfies(u -> assertThat(u.get("display_name")).isEqualTo("Weston Point – Runcorn ✓"));
            assertThat(restoredRows.rows("app_user", "username", "after.backup"))
                    .isEmpty();
            // Everything else is as it was: Flyway's history, Quartz's lock rows, the seeded indicator.
            Snapshot liveRows = Snapshot.of(live2, t -> !t.equals("app_user"));
            assertThat(Snapshot.of(restored, t -> !t.equals("app_user"))).isEqualTo(liveRows);
            assertThat(liveRows.counts()).containsEntry("qrtz_locks", 2).containsKey("flyway_schema_history");
        }
    }

    @Test
    void anInMemoryDatabaseHasNoFileToBackUp() {
        assertThat(new H2Backup(dataSource("jdbc:h2:mem:no-file")).available()).isFalse();
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static void insertUser(Connection connection, String username, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into app_user (username, display_name, "
                + "role, password_hash) values (?, ?, 'PLANNER', 'x')")) {
            insert.setString(1, username);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }
}
