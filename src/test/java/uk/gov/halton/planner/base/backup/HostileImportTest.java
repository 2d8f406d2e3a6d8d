package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Exports made to hurt the importer: a ZIP bomb (one field of a quarter of a gigabyte of one letter, a few hundred
 * kilobytes zipped), a field too long for any column, more expanded bytes than an import reads, an oversized
 * manifest. Each is refused with the file, line and column, and nothing is imported. The files are made here,
 * streamed, never kept in the repository.
 */
class HostileImportTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path folder;

    private String url;
    private JdbcDataSource target;

    @BeforeEach
    void newDatabase() {
        url = "jdbc:h2:mem:hostile-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        target = new JdbcDataSource();
        target.setURL(url);
        target.setUser("sa");
        target.setPassword("");
    }

    @Test
    void aZipBombIsRefusedWithFileLineAndColumnAndTheCommandImportsNothing() throws Exception {
        Path bomb = exportWithUsers(out -> quoted(out, () -> repeat(out, (byte) 'a', 256 * MB)));
        assertThat(Files.size(bomb)).as("a small file").isLessThan(2 * MB);
        migrate();

        assertThatThrownBy(() -> new DataImport(target).importFrom(bomb))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(
                        "app_user.csv line 2, column 'id': the value is longer than 4,194,304 " + "characters");
        assertThat(count("app_user")).isZero();

        String fresh = "jdbc:h2:mem:hostile-command-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThat(ImportCommand.run("--planner.import=" + bomb, "--spring.datasource.url=" + fresh))
                .isEqualTo(1);
        target.setURL(fresh);
        assertThat(count("app_user")).as("nothing imported").isZero();
    }

    @Test
    void anEntryThatExpandsFarBeyondItsCompressedSizeIsRefused() throws Exception {
        Path bomb = exportWithUsers(out -> quoted(out, () -> repeat(out, (byte) 'a', 256 * MB)));
        migrate();
        ImportLimits strictRatio = new ImportLimits(4 * MB, 1024 * MB, 10);
        assertThatThrownBy(() -> new DataImport(target, strictRatio).importFrom(bomb))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("app_user.csv line 2, column 'id': the file expands to more than 10 times its "
                        + "compressed size");
    }

    @Test
    void aRecordOfMillionsOfEmptyFieldsIsRefused() throws Exception {
        Path export = exportWithUsers(out -> repeat(out, (byte) ',', 64 * MB));
        migrate();
        assertThatThrownBy(() -> new DataImport(target).importFrom(export))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("app_user.csv line 2: the record has more than 1,000 fields");
    }

    @Test
    void aFieldLongerThanAnyColumnIsRefusedBeforeItIsGathered() throws Exception {
        Path export = exportWithUsers(out -> quoted(out, () -> letters(out, 5 * MB)));
        migrate();
        assertThatThrownBy(() -> new DataImport(target).importFrom(export))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageMatching(
                        ".*app_user\\.csv line 2, column '\\w+': the value is longer than 4,194,304 " + "characters.*");
        assertThat(count("app_user")).isZero();
    }

    @Test
    void moreExpandedBytesThanAnImportReadsAreRefused() throws Exception {
        Path export = exportWithUsers(out -> quoted(out, () -> letters(out, 3 * MB)));
        migrate();
        ImportLimits small = new ImportLimits(4 * MB, 2 * MB, 200);
        assertThatThrownBy(() -> new DataImport(target, small).importFrom(export))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("app_user.csv line 2, column '")
                .hasMessageContaining("the export expands to more than 2 MB");
    }

    @Test
    void anOversizedManifestIsRefusedBeforeAnythingElse() throws Exception {
        Path file = folder.resolve("manifest-bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
            zip.write('{');
            repeat(zip, (byte) ' ', 64 * MB);
            zip.write('}');
            zip.closeEntry();
        }
        assertThatThrownBy(() -> DataImport.readManifest(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("manifest.json is longer than 1 MB");
    }

    private interface Line {
        void write(OutputStream out) throws IOException;
    }

    /**
     * A real export of an empty database at the current schema, with app_user.csv replaced by its header and a
     * second line written by {@code line}.
     */
    private Path exportWithUsers(Line line) throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:hostile-source-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        Flyway.configure()
                .dataSource(source)
                .locations(DataImportTest.LOCATIONS)
                .load()
                .migrate();
        ByteArrayOutputStream real = new ByteArrayOutputStream();
        new DataExport(source).writeTo(real, Instant.parse("2026-04-01T10:00:00Z"));

        Path file = Files.createTempFile(folder, "hostile-", ".zip");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(real.toByteArray()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("app_user.csv")) {
                    String header = new String(content, StandardCharsets.UTF_8)
                            .lines()
                            .findFirst()
                            .orElseThrow();
                    out.write((header + "\r\n").getBytes(StandardCharsets.UTF_8));
                    line.write(out);
                    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return file;
    }

    private interface Body {
        void write() throws IOException;
    }

    private static void quoted(OutputStream out, Body body) throws IOException {
        out.write('"');
        body.write();
        out.write('"');
    }

    private static void repeat(OutputStream out, byte value, long count) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, value);
        for (long written = 0; written < count; written += chunk.length) {
            out.write(chunk);
        }
    }

    /** Letters that compress only about twofold, so that no ratio check stops them before the field limit. */
    private static void letters(OutputStream out, long count) throws IOException {
        Random random = new Random(13);
        byte[] chunk = new byte[64 * 1024];
        for (long written = 0; written < count; written += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) ('a' + random.nextInt(26));
            }
            out.write(chunk);
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(target)
                .locations(DataImportTest.LOCATIONS)
                .load()
                .migrate();
    }

    private long count(String table) throws SQLException {
        try (Connection connection = target.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
