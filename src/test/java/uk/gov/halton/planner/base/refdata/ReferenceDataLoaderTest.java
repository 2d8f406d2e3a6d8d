package uk.gov.halton.planner.base.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The loader with a small data set of "name=value" lines written to a test table. */
@PlannerContextTest
class ReferenceDataLoaderTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path dataDir;

    private ReferenceDataLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        jdbc.sql("delete from test_item").update();
        jdbc.sql("delete from reference_data_file where data_set = 'items'").update();
        Files.createDirectories(dataDir.resolve("items"));
        loader = new ReferenceDataLoader(List.of(new Items()), jdbc, transactions, Clock.systemUTC(), dataDir);
    }

    @Test
    void aSecondLoadChangesNothing() throws IOException {
        write("a.txt", "alpha=1\nbeta=2\n");
        assertThat(loader.loadAll()).isEqualTo(1);
        assertThat(items()).containsEntry("alpha", "1").containsEntry("beta", "2");

        assertThat(loader.loadAll()).isZero();
        assertThat(items()).hasSize(2);
    }

    @Test
    void aChangedFileUpdatesWhatItDescribesAndKeepsUserEdits() throws IOException {
        write("a.txt", "alpha=1\n");
        loader.loadAll();
        jdbc.sql("update test_item set note = 'kept by a user' where item_name = 'alpha'")
                .update();

        write("a.txt", "alpha=3\ngamma=4\n");
        assertThat(loader.loadAll()).isEqualTo(1);

        assertThat(items()).containsEntry("alpha", "3").containsEntry("gamma", "4");
        assertThat(jdbc.sql("select note from test_item where item_name = 'alpha'")
                        .query(String.class)
                        .single())
                .isEqualTo("kept by a user");
    }

    @Test
    void aBadFileStopsWithFileRecordAndProblemAndWritesNothingFromIt() throws IOException {
        write("a.txt", "alpha=1\n");
        write("b.txt", "delta=5\nthis line is broken\n");

        assertThatThrownBy(() -> loader.loadAll()).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).endsWith("b.txt");
            assertThat(e.record()).isEqualTo("line 2");
            assertThat(e.problem()).contains("name=value");
        });
        assertThat(items()).containsOnlyKeys("alpha");
        assertThat(jdbc.sql("select count(*) from reference_data_file where path = 'b.txt'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRejected() throws IOException {
        Files.write(dataDir.resolve("items/latin1.txt"), new byte[] {'n', '=', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> loader.loadAll())
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("latin1.txt")
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void aLatin1ByteIsRefusedWithTheFileAndLineAndNothingFromTheFileIsWritten() throws IOException {
        Files.write(
                dataDir.resolve("items/latin1.txt"),
                new byte[] {'a', '=', '1', '\n', 'c', 'a', 'f', '=', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> loader.loadAll()).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).endsWith("latin1.txt");
            assertThat(e.record()).isEqualTo("line 2");
            assertThat(e.problem()).contains("0xE9");
        });
        assertThat(items()).isEmpty();
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndDropped() throws IOException {
        Files.write(
                dataDir.resolve("items/bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '=', '1'});
        assertThat(loader.loadAll()).isEqualTo(1);
        assertThat(items()).containsExactly(Map.entry("a", "1"));
    }

    @Test
    void aUtf16FileIsRefusedNotReadAsGarbage() throws IOException {
        Files.write(dataDir.resolve("items/utf16.txt"), "alpha=1\n".getBytes(StandardCharsets.UTF_16));
        Files.write(dataDir.resolve("items/utf16le.txt"), "alpha=1\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> loader.loadAll()).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).endsWith("utf16.txt");
            assertThat(e.problem()).contains("UTF-16");
        });
        Files.delete(dataDir.resolve("items/utf16.txt"));
        assertThatThrownBy(() -> loader.loadAll()).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).endsWith("utf16le.txt");
            assertThat(e.problem()).contains("NUL");
        });
        assertThat(items()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        write("a.txt", "alpha=1\n");
        // A sparse file: its size is over the limit without filling the disk; the loader must not read it.
        try (var huge =
                new java.io.RandomAccessFile(dataDir.resolve("items/huge.txt").toFile(), "rw")) {
            huge.setLength(ReferenceDataLoader.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> loader.loadAll()).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).endsWith("huge.txt");
            assertThat(e.problem()).contains("20.0 MB").contains("at most 20 MB");
        });
        assertThat(items()).isEmpty();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dataDir.resolve("items").resolve(name), content, StandardCharsets.UTF_8);
    }

    private Map<String, String> items() {
        return jdbc
                .sql("select item_name, item_value from test_item")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Upserts only the names the file lists. */
    private class Items implements ReferenceDataSet {

        @Override
        public String name() {
            return "items";
        }

        @Override
        public String folder() {
            return "items";
        }

        @Override
        public String pattern() {
            return "*.txt";
        }

        @Override
        public void apply(ReferenceFile file) {
            String[] lines = file.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                // Writes as it goes, so that only the loader's transaction keeps a bad file from half-landing.
                if (!lines[i].matches("[a-z]+=\\w+")) {
                    throw new ReferenceDataException(file.location(), "line " + (i + 1), "expected name=value");
                }
                String[] parts = lines[i].split("=");
                int updated = jdbc.sql("update test_item set item_value = ? where item_name = ?")
                        .params(parts[1], parts[0])
                        .update();
                if (updated == 0) {
                    jdbc.sql("insert into test_item (item_name, item_value) values (?, ?)")
                            .params(parts[0], parts[1])
                            .update();
                }
            }
        }
    }
}
