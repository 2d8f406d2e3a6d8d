package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The open format across databases: the demo application's data on H2, with awkward values added, exported and
 * imported into PostgreSQL with the import command, holds the same rows and values there; and exported again from
 * PostgreSQL and imported into a new H2 database, the same again. In the shared context: the awkward rows are added
 * before each test and removed after it, so no other test sees them (the journeys count users and figures).
 */
@PlannerContextTest
class OpenFormatAcrossDatabasesTest {

    static final String AWKWARD_NAME = "Weston Point – Runcorn ✓, \"the works\"\nsecond line";
    static final String CRLF_TITLE = "Comma, \"quote\" and\r\nCRLF";
    static final Instant RECORDED = Instant.parse("2025-03-30T00:59:59.123456Z");
    static final UUID EVENT_ID = UUID.fromString("3f0c1c1e-8d3a-4c55-9a43-6f1b2f5b7e01");

    static final TestPostgres postgres = TestPostgres.start();

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Autowired
    BackupService backups;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void addAwkwardRows() {
        String insertUser = "insert into app_user (username, display_name, email, role, password_hash, enabled, "
                + "dark_theme) values (?, ?, ?, 'PLANNER', '$2a$10$notarealhash', ?, ?)";
        jdbc.sql(insertUser)
                .params("weston.point", AWKWARD_NAME, null, false, true)
                .update();
        jdbc.sql(insertUser)
                .params("empty.email", "Empty email", "", true, false)
                .update();
        jdbc.sql("insert into test_event (kind, item_id, due_on, threshold_days, title, message, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        "ACTION",
                        "backup-test",
                        LocalDate.of(2025, 3, 30),
                        30,
                        CRLF_TITLE,
                        "=SUM(A1:A2)",
                        DatabaseTime.of(RECORDED))
                .update();
        long indicator = jdbc.sql("select min(id) from reg_indicator where ref like 'CE LI%'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into reg_figure (indicator_id, fy_start, period, kind, amount, sample, entered_by, "
                        + "entered_at) values (?, 2018, 0, 'ACTUAL', 12345.60, true, 'officer', ?)")
                .params(indicator, DatabaseTime.of(RECORDED))
                .update();
        jdbc.sql("insert into test_item (item_name, item_value, note) values ('null-note', 'x', null), "
                        + "('empty-note', 'x', '')")
                .update();
        jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                        + "completion_date, status, completion_attempts) values (?, 'backup-test', 'test', ?, ?, ?, "
                        + "'COMPLETED', 1)")
                .params(EVENT_ID, "{\"a\":\"b, c\"}", DatabaseTime.of(RECORDED), DatabaseTime.of(RECORDED))
                .update();
    }

    @AfterEach
    void removeAwkwardRows() {
        jdbc.sql("delete from app_user where username in ('weston.point', 'empty.email')")
                .update();
        jdbc.sql("delete from test_event where item_id = 'backup-test'").update();
        jdbc.sql("delete from reg_figure where entered_by = 'officer' and fy_start = 2018 and amount = 12345.60")
                .update();
        jdbc.sql("delete from test_item where item_name in ('null-note', 'empty-note')")
                .update();
        jdbc.sql("delete from event_publication where id = ?").param(EVENT_ID).update();
    }

    @Test
    @WithUserDetails("admin")
    void anExportFromH2LoadsIntoPostgresWithEveryRowAndValue() throws Exception {
        Export export = stableExport();
        Path zip = write(export.zip());
        postgres.createDatabase("from_h2");

        assertThat(ImportCommand.run(postgresArgs(zip, "from_h2"))).isZero();

        try (Connection pg = postgres.connect("from_h2")) {
            Snapshot imported = Snapshot.of(pg, Snapshot.APPLICATION_TABLES);
            assertThat(imported.counts()).isEqualTo(export.rows().counts());
            // The five demo users and the two added here (other tests of the shared context may have added more).
            assertThat(imported.counts().get("app_user")).isGreaterThanOrEqualTo(7);
            assertThat(imported.counts().get("site")).isPositive();
            assertThat(imported).isEqualTo(export.rows());

            assertThat(imported.rows("app_user", "username", "weston.point"))
                    .singleElement()
                    .satisfies(u -> {
                        assertThat(u.get("display_name")).isEqualTo(AWKWARD_NAME);
                        assertThat(u.get("email")).isNull();
                        assertThat(u.get("enabled")).isEqualTo(false);
                        assertThat(u.get("dark_theme")).isEqualTo(true);
                    });
            assertThat(imported.rows("app_user", "username", "empty.email")
                            .getFirst()
                            .get("email"))
                    .isEqualTo("");
            assertThat(imported.rows("test_event", "item_id", "backup-test"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.get("title")).isEqualTo(CRLF_TITLE);
                        assertThat(e.get("message")).isEqualTo("=SUM(A1:A2)");
                        assertThat(e.get("due_on")).isEqualTo(LocalDate.of(2025, 3, 30));
                        assertThat(e.get("recorded_at")).isEqualTo(RECORDED);
                    });
            // This test's own figure (other tests of the shared context enter figures as the officer too).
            assertThat(imported.rows("reg_figure", "entered_by", "officer").stream()
                            .filter(f -> ((Number) f.get("fy_start")).longValue() == 2018)
                            .toList())
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.get("amount")).isEqualTo("12345.6");
                        assertThat(f.get("sample")).isEqualTo(true);
                    });
            assertThat(imported.rows("test_item", "item_name", "null-note")
                            .getFirst()
                            .get("note"))
                    .isNull();
            assertThat(imported.rows("test_item", "item_name", "empty-note")
                            .getFirst()
                            .get("note"))
                    .isEqualTo("");
            assertThat(imported.rows("event_publication", "id", EVENT_ID.toString()))
                    .hasSize(1);

            // New rows after the import get ids past the imported ones.
            long highestUser = maxOf(pg, "select max(id) from app_user");
            long highestRevision = maxOf(pg, "select max(rev) from revinfo");
            assertThat(maxOf(
                            pg,
                            "insert into app_user (username, display_name, role, password_hash) "
                                    + "values ('new.user', 'New', 'PLANNER', 'x') returning id"))
                    .isGreaterThan(highestUser);
            assertThat(maxOf(pg, "insert into revinfo (revtstmp, username) values (0, 'test') returning rev"))
                    .isGreaterThan(highestRevision);
        }
    }

    @Test
    @WithUserDetails("admin")
    void theZipIsCsvPerTableWithAManifestAndNothingNeutralised() throws Exception {
        Export export = stableExport();
        try (ZipFile zip = new ZipFile(write(export.zip()).toFile())) {
            Manifest manifest = Manifest.parse(read(zip, "manifest.json").getBytes(StandardCharsets.UTF_8));
            assertThat(manifest.format()).isEqualTo("safer-halton-planner-export");
            assertThat(manifest.formatVersion()).isEqualTo(1);
            try (Connection h2 = dataSource.getConnection()) {
                assertThat(manifest.schemaVersion()).isEqualTo(DatabaseTables.schemaVersion(h2));
            }
            assertThat(Instant.parse(manifest.exportedAt())).isBeforeOrEqualTo(Instant.now());
            assertThat(manifest.conventions().get("formulas")).startsWith("None neutralised");
            assertThat(manifest.tables())
                    .extracting(Manifest.TableEntry::name)
                    .doesNotContain("flyway_schema_history", "qrtz_locks", "qrtz_triggers")
                    .containsAll(export.rows().counts().keySet());
            for (Manifest.TableEntry table : manifest.tables()) {
                assertThat(table.rows()).as(table.name()).isEqualTo((long)
                        export.rows().counts().get(table.name()));
                assertThat(zip.getEntry(table.file())).as(table.file()).isNotNull();
            }
            // Parents before children: revinfo before every audit table, app_user's row order by id.
            var names =
                    manifest.tables().stream().map(Manifest.TableEntry::name).toList();
            assertThat(names.indexOf("revinfo")).isLessThan(names.indexOf("app_user_aud"));
            assertThat(names.indexOf("reg_indicator")).isLessThan(names.indexOf("reg_figure"));
            Manifest.TableEntry users = manifest.tables().get(names.indexOf("app_user"));
            assertThat(users.primaryKey()).containsExactly("id");
            assertThat(users.columns())
                    .extracting(Manifest.ColumnEntry::name, Manifest.ColumnEntry::type)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("id", "integer"),
                            org.assertj.core.groups.Tuple.tuple("enabled", "boolean"));

            String items = read(zip, "test_item.csv");
            assertThat(items)
                    .startsWith("\"item_name\",\"item_value\",\"note\"\r\n")
                    .contains("\"null-note\",\"x\",\r\n")
                    .contains("\"empty-note\",\"x\",\"\"\r\n");
            String events = read(zip, "test_event.csv");
            assertThat(events)
                    .contains("\"Comma, \"\"quote\"\" and\r\nCRLF\",\"=SUM(A1:A2)\"")
                    .contains("\"2025-03-30\"")
                    .contains("\"2025-03-30T00:59:59.123456Z\"");
            assertThat(read(zip, "app_user.csv")).contains("\"" + AWKWARD_NAME.replace("\"", "\"\"") + "\"");
        }
    }

    @Test
    @WithUserDetails("admin")
    void anExportFromPostgresLoadsBackIntoH2() throws Exception {
        Export export = stableExport();
        postgres.createDatabase("round_trip");
        assertThat(ImportCommand.run(postgresArgs(write(export.zip()), "round_trip")))
                .isZero();

        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(postgres.url("round_trip"));
        ByteArrayOutputStream fromPostgres = new ByteArrayOutputStream();
        Manifest manifest = new DataExport(pg).writeTo(fromPostgres, Instant.now());
        assertThat(manifest.sourceDatabase()).startsWith("PostgreSQL");

        String h2Url = "jdbc:h2:mem:round-trip-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(ImportCommand.run(
                        "--planner.import=" + write(fromPostgres.toByteArray()), "--spring.datasource.url=" + h2Url))
                .isZero();
        try (Connection h2 = DriverManager.getConnection(h2Url, "sa", "")) {
            assertThat(Snapshot.of(h2, Snapshot.APPLICATION_TABLES)).isEqualTo(export.rows());
        }
    }

    /** An export with the rows it was taken from; taken again if the application wrote something meanwhile. */
    private Export stableExport() {
        AtomicReference<Export> result = new AtomicReference<>();
        // In the test's own thread: the signed-in administrator is a thread-local.
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
            Snapshot before = h2Rows();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            backups.writeExport(out);
            result.set(new Export(out.toByteArray(), before));
            return before.equals(h2Rows());
        });
        return result.get();
    }

    private Snapshot h2Rows() throws SQLException {
        try (Connection h2 = dataSource.getConnection()) {
            return Snapshot.of(h2, Snapshot.APPLICATION_TABLES);
        }
    }

    private String[] postgresArgs(Path zip, String database) {
        return new String[] {
            "--planner.import=" + zip,
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + postgres.url(database),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password="
        };
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "export-", ".zip");
        Files.write(file, bytes);
        return file;
    }

    private static String read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long maxOf(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    record Export(byte[] zip, Snapshot rows) {}
}
