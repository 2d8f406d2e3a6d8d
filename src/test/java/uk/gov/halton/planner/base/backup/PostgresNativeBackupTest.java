package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL backup docs/operations.md describes: pg_dump -Fc of the application's database, pg_restore into a
 * new database, and the restored database holds every row, Flyway's history and Quartz's tables included. pg_dump
 * and pg_restore come from the PATH (Debian's postgresql-client, which .ci/run installs); without them the test
 * fails rather than skips, so a CI machine that lacks them cannot pass unnoticed.
 */
class PostgresNativeBackupTest {

    static final TestPostgres postgres = TestPostgres.start();

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aDumpRestoresIntoANewDatabaseWithEveryRow(@TempDir Path folder) throws Exception {
        postgres.createDatabase("planner");
        postgres.migrate("planner");
        try (Connection connection = postgres.connect("planner")) {
            insertUser(connection, "weston.point", "Weston Point – Runcorn ✓, \"the works\"\nsecond line", null);
            insertUser(connection, "empty.email", "Empty email", "");
            try (PreparedStatement insert = connection.prepareStatement("insert into test_event "
                    + "(kind, item_id, due_on, threshold_days, title, message, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, "ACTION");
                insert.setString(2, "runcorn-1");
                insert.setObject(3, LocalDate.of(2025, 3, 30));
                insert.setInt(4, 30);
                insert.setString(5, "Cold debrief");
                insert.setString(6, "=SUM(A1:A2)");
                insert.setObject(7, OffsetDateTime.of(2025, 3, 30, 0, 59, 59, 123_456_000, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        Path dump = folder.resolve("planner.dump");

        run(
                "pg_dump",
                "-Fc",
                "-h",
                "localhost",
                "-p",
                String.valueOf(postgres.port()),
                "-U",
                "postgres",
                "-d",
                "planner",
                "-f",
                dump.toString());
        postgres.createDatabase("restored");
        run(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "-h",
                "localhost",
                "-p",
                String.valueOf(postgres.port()),
                "-U",
                "postgres",
                "-d",
                "restored",
                dump.toString());

        try (Connection original = postgres.connect("planner");
                Connection restored = postgres.connect("restored")) {
            Snapshot before = Snapshot.of(original, t -> true);
            Snapshot after = Snapshot.of(restored, t -> true);
            assertThat(after.counts()).containsKeys("app_user", "flyway_schema_history", "qrtz_locks", "revinfo");
            assertThat(after).isEqualTo(before);
            assertThat(after.rows("app_user", "username", "weston.point"))
                    .singleElement()
                    .satisfies(u -> {
                        assertThat(u.get("display_name"))
                                .isEqualTo("Weston Point – Runcorn ✓, \"the works\"\nsecond line");
                        assertThat(u.get("email")).isNull();
                    });
            assertThat(after.rows("app_user", "username", "empty.email")
                            .getFirst()
                            .get("email"))
                    .isEqualTo("");
            assertThat(after.rows("test_event", "item_id", "runcorn-1"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.get("recorded_at")).isEqualTo(Instant.parse("2025-03-30T00:59:59.123456Z"));
                        assertThat(e.get("due_on")).isEqualTo(LocalDate.of(2025, 3, 30));
                        assertThat(e.get("message")).isEqualTo("=SUM(A1:A2)");
                    });
        }
        // The application accepts the restored database: its migration history is intact.
        Flyway.configure()
                .dataSource(postgres.url("restored"), "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .validate();
        // And new rows get fresh ids: the identity sequences came across with the data.
        try (Connection restored = postgres.connect("restored")) {
            long id = insertUser(restored, "after.restore", "After restore", null);
            assertThat(id).isGreaterThan(2);
        }
    }

    private static long insertUser(Connection connection, String username, String name, String email)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into app_user (username, display_name, "
                + "email, role, password_hash, enabled, dark_theme) values (?, ?, ?, 'PLANNER', 'x', false, true) "
                + "returning id")) {
            insert.setString(1, username);
            insert.setString(2, name);
            insert.setString(3, email);
            try (var rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs a PostgreSQL client program from the PATH; fails the test with its output when it fails. */
    static void run(String... command) throws IOException, InterruptedException {
        if (!onPath(command[0])) {
            fail(command[0] + " is not installed (on Debian: apt-get install postgresql-client; .ci/run does this). "
                    + "The PostgreSQL backup test needs it.");
        }
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        // Read the output before waiting, so a full pipe cannot block the program.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 2 minutes:\n" + output);
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + " said:\n" + output)
                .isZero();
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
