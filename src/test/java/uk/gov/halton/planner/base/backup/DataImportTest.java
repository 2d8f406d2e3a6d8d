package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * The import on its own and as the command: a good export loads and new rows get fresh ids; bad files are refused
 * with the file, line and column named and nothing written; a database that is not new is left alone unless the
 * replace option is given.
 */
class DataImportTest {

    /** The locations the test configuration gives the application (test_item comes from the second). */
    static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/testmigration"};

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    Map<String, byte[]> export;
    JdbcDataSource target;

    @BeforeEach
    void exportASmallDatabase() throws Exception {
        JdbcDataSource source = newDatabase();
        Flyway.configure().dataSource(source).locations(LOCATIONS).load().migrate();
        try (Connection connection = source.getConnection()) {
            insertUser(connection, 41, "weston.point", "Weston Point – Runcorn ✓");
            insertUser(connection, 42, "halebank", "Halebank, \"east\"");
            try (PreparedStatement insert = connection.prepareStatement("insert into test_event "
                    + "(kind, item_id, due_on, threshold_days, title, message, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, "ACTION");
                insert.setString(2, "a-1");
                insert.setObject(3, LocalDate.of(2025, 4, 1));
                insert.setInt(4, 30);
                insert.setString(5, "Title");
                insert.setString(6, "Message");
                insert.setObject(7, OffsetDateTime.of(2025, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataExport(source).writeTo(out, Instant.parse("2025-04-01T10:00:00Z"));
        export = unzip(out.toByteArray());
        target = newDatabase();
        Flyway.configure().dataSource(target).locations(LOCATIONS).load().migrate();
    }

    @Test
    void aGoodExportLoadsAndNewRowsGetFreshIds() throws Exception {
        Map<String, Long> rows = new DataImport(target).importFrom(zip(export));

        assertThat(rows)
                .containsEntry("app_user", 2L)
                .containsEntry("test_event", 1L)
                .containsEntry("reg_indicator", 1L);
        assertThat(count("app_user")).isEqualTo(2);
        assertThat(count("reg_indicator"))
                .as("the migration's seed row, replaced, not doubled")
                .isEqualTo(1);
        try (Connection connection = target.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into app_user (username, display_name, role, password_hash) "
                    + "values ('new.user', 'New', 'PLANNER', 'x')");
            try (ResultSet rs = statement.executeQuery("select id from app_user where username = 'new.user'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(43);
            }
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path file = folder.resolve("notes.zip");
        Files.writeString(file, "just text");
        assertRefused(file, "notes.zip is not a ZIP file.");
    }

    @Test
    void aZipWithoutAManifestIsRefused() throws Exception {
        export.remove("manifest.json");
        assertRefused(zip(export), "has no manifest.json, so it is not an export of Safer Halton Planner.");
    }

    @Test
    void aManifestThatIsNotJsonIsRefused() throws Exception {
        export.put("manifest.json", "{not json".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(export), "manifest.json is not valid");
    }

    @Test
    void anUnknownTableIsRefused() throws Exception {
        editManifest(m -> ((ArrayNode) m.get("tables"))
                .addObject()
                .put("name", "no_such_table")
                .put("file", "no_such_table.csv")
                .put("rows", 0));
        export.put("no_such_table.csv", "\"a\"\r\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(export), "manifest.json lists the table 'no_such_table', which the database does not have.");
    }

    @Test
    void aMissingTableIsRefused() throws Exception {
        editManifest(m -> {
            ArrayNode kept = JSON.createArrayNode();
            m.get("tables").forEach(t -> {
                if (!t.get("name").asString().equals("revchanges")) {
                    kept.add(t);
                }
            });
            m.set("tables", kept);
        });
        export.remove("revchanges.csv");
        assertRefused(zip(export), "manifest.json does not list the table 'revchanges', so the export is incomplete.");
    }

    @Test
    void aStrayFileIsRefused() throws Exception {
        export.put("extra.csv", "\"a\"\r\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(export), "holds extra.csv, which is no table's file in manifest.json.");
    }

    @Test
    void aWrongColumnIsRefusedWithFileAndLine() throws Exception {
        replace("app_user.csv", "\"username\"", "\"user_name\"");
        assertRefused(zip(export), "app_user.csv line 1: 'user_name' is not a column of the table app_user.");
    }

    @Test
    void aMissingColumnIsRefused() throws Exception {
        export.put("test_item.csv", "\"item_name\",\"item_value\"\r\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(export), "test_item.csv line 1: the column 'note' of the table test_item is missing.");
    }

    @Test
    void aBadValueIsRefusedWithFileLineAndColumnAndNothingIsWritten() throws Exception {
        replace("test_event.csv", "\"2025-04-01\"", "\"2025-02-30\"");
        // app_user comes before test_event: its rows were inserted, and must be rolled back.
        assertRefused(zip(export), "test_event.csv line 2, column 'due_on': '2025-02-30' is not a date (YYYY-MM-DD).");
        assertThat(count("app_user")).isZero();
        assertThat(count("reg_indicator"))
                .as("the rows deleted before loading are back")
                .isEqualTo(1);
    }

    @Test
    void aValueThatIsNotTrueOrFalseIsRefused() throws Exception {
        replace("app_user.csv", "\"false\"", "\"no\"");
        assertRefused(zip(export), "app_user.csv line 2, column 'dark_theme': 'no' is not true or false.");
    }

    @Test
    void aNullInARequiredColumnIsRefused() throws Exception {
        replace("app_user.csv", "\"Halebank, \"\"east\"\"\"", "");
        assertRefused(zip(export), "app_user.csv line 3, column 'display_name': a value is required");
    }

    @Test
    void aRowTheDatabaseRejectsIsRefusedWithItsLine() throws Exception {
        replace("app_user.csv", "\"halebank\"", "\"weston.point\"");
        assertRefused(zip(export), "app_user.csv line 3: the database refused the row:");
        assertThat(count("app_user")).isZero();
    }

    @Test
    void aRowCountThatDisagreesWithTheManifestIsRefused() throws Exception {
        editManifest(m -> m.get("tables").forEach(t -> {
            if (t.get("name").asString().equals("app_user")) {
                ((ObjectNode) t).put("rows", 3);
            }
        }));
        assertRefused(zip(export), "app_user.csv holds 2 rows, but manifest.json says 3.");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        byte[] csv = export.get("test_item.csv");
        byte[] bad = new byte[csv.length + 4];
        System.arraycopy(csv, 0, bad, 0, csv.length);
        System.arraycopy(new byte[] {'"', (byte) 0xC3, '"', '\n'}, 0, bad, csv.length, 4);
        export.put("test_item.csv", bad);
        assertRefused(zip(export), "test_item.csv");
        assertRefused(zip(export), "not UTF-8 text.");
    }

    @Test
    void anExportAtAnotherSchemaVersionIsRefused() throws Exception {
        JdbcDataSource older = newDatabase();
        Flyway.configure()
                .dataSource(older)
                .locations(LOCATIONS)
                .target("40")
                .load()
                .migrate();
        assertThatThrownBy(() -> new DataImport(older).importFrom(zip(export)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("was exported at schema version 1000, but the database is at version 40.");
    }

    @Test
    void theCommandBuildsTheSchemaOfANewDatabaseLoadsItAndRefusesASecondTime() throws Exception {
        String url = "jdbc:h2:mem:command-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path file = zip(export);

        assertThat(ImportCommand.run("--planner.import=" + file, "--spring.datasource.url=" + url))
                .isZero();
        JdbcDataSource restored = dataSource(url);
        assertThat(count(restored, "app_user")).isEqualTo(2);

        // Not a new database any more: refused, and nothing changes.
        assertThat(ImportCommand.run("--planner.import=" + file, "--spring.datasource.url=" + url))
                .isEqualTo(1);
        assertThat(count(restored, "app_user")).isEqualTo(2);

        // Asked to replace: the rows are replaced, not added to.
        try (Connection connection = restored.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from app_user where username = 'halebank'");
        }
        assertThat(ImportCommand.run(
                        "--planner.import=" + file, "--spring.datasource.url=" + url, "--planner.import.replace=true"))
                .isZero();
        assertThat(count(restored, "app_user")).isEqualTo(2);
    }

    @Test
    void theCommandRefusesABadFileBeforeTouchingTheDatabase() throws Exception {
        String url = "jdbc:h2:mem:untouched-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Path file = folder.resolve("notes.zip");
        Files.writeString(file, "just text");

        assertThat(ImportCommand.run("--planner.import=" + file, "--spring.datasource.url=" + url))
                .isEqualTo(1);
        try (Connection connection = dataSource(url).getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).as("no schema was built").isFalse();
        }
    }

    @Test
    void theCommandRefusesAnExportFromAVersionItDoesNotKnow() throws Exception {
        editManifest(m -> m.put("schemaVersion", "9999"));
        String url = "jdbc:h2:mem:future-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(ImportCommand.run("--planner.import=" + zip(export), "--spring.datasource.url=" + url))
                .isEqualTo(1);
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> new DataImport(target).importFrom(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private void replace(String file, String from, String to) {
        String text = new String(export.get(file), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        export.put(
                file,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void editManifest(Consumer<ObjectNode> edit) {
        ObjectNode manifest = (ObjectNode) JSON.readTree(export.get("manifest.json"));
        edit.accept(manifest);
        export.put("manifest.json", JSON.writeValueAsBytes(manifest));
    }

    private long count(String table) throws SQLException {
        return count(target, table);
    }

    private static long count(JdbcDataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JdbcDataSource newDatabase() {
        return dataSource("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static void insertUser(Connection connection, long id, String username, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into app_user (id, username, "
                + "display_name, role, password_hash) values (?, ?, ?, 'PLANNER', 'x')")) {
            insert.setLong(1, id);
            insert.setString(2, username);
            insert.setString(3, name);
            insert.executeUpdate();
        }
    }

    private Path zip(Map<String, byte[]> files) throws IOException {
        Path file = Files.createTempFile(folder, "export-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "source-", ".zip");
        Files.write(file, bytes);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }
}
