package uk.gov.halton.planner.base.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Loads an export (see {@link DataExport}) into a database at the export's schema version, all or nothing: the rows
 * the application tables hold are replaced in one transaction, parents before children, each value converted by
 * the target column's type. Anything wrong with the file is refused with the file, line and column named, and the
 * transaction is rolled back, so nothing is written. Whether the database may be written at all is the caller's
 * decision ({@link ImportCommand}).
 */
final class DataImport {

    private static final Logger log = LoggerFactory.getLogger(DataImport.class);
    private static final int SHOWN_VALUE = 60;
    private static final CSVFormat HEADED =
            DataExport.CSV.builder().setHeader().setSkipHeaderRecord(true).get();

    private final DataSource dataSource;
    private final ImportLimits limits;

    DataImport(DataSource dataSource) {
        this(dataSource, ImportLimits.DEFAULT);
    }

    DataImport(DataSource dataSource, ImportLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    /** The manifest of the export at {@code path}, checked; read before anything touches the database. */
    static Manifest readManifest(Path path) {
        try (ZipFile zip = open(path)) {
            return Manifest.read(zip, path.getFileName().toString());
        } catch (IOException e) {
            throw invalid("Cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Replaces the application tables' rows with the export's; returns the rows imported per table. */
    Map<String, Long> importFrom(Path path) {
        String source = path.getFileName().toString();
        try (ZipFile zip = open(path);
                Connection connection = dataSource.getConnection()) {
            Manifest manifest = Manifest.read(zip, source);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<String, Long> rows = load(connection, zip, source, manifest, limits.budget());
                connection.setAutoCommit(autoCommit);
                return rows;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
                throw e;
            }
        } catch (IOException e) {
            throw invalid("Cannot read " + source + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not write the database: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> load(
            Connection connection, ZipFile zip, String source, Manifest manifest, ImportLimits.Budget budget)
            throws SQLException, IOException {
        String databaseVersion = DatabaseTables.schemaVersion(connection);
        MigrationVersion exported = MigrationVersion.fromVersion(manifest.schemaVersion());
        if (!MigrationVersion.fromVersion(databaseVersion).equals(exported)) {
            throw invalid(source + " was exported at schema version " + manifest.schemaVersion()
                    + ", but the database is at version " + databaseVersion
                    + ". An export loads only into a database at its own version; see docs/operations.md.");
        }
        List<Table> tables = DatabaseTables.read(connection);
        Map<Table, Manifest.TableEntry> entries = match(source, zip, tables, manifest);
        List<Table> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        for (Table table : reversed) {
            try (Statement statement = connection.createStatement()) {
                int deleted = statement.executeUpdate("delete from " + DatabaseTables.quote(table.name()));
                if (deleted > 0) {
                    log.info("Deleted {} existing rows of {} before loading", deleted, table.key());
                }
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table table : tables) {
            rows.put(table.key(), loadTable(connection, zip, source, table, entries.get(table), budget));
        }
        // PostgreSQL moves sequences inside the transaction; H2's ALTER TABLE commits, so it goes after the data.
        boolean postgres = DatabaseTables.isPostgres(connection);
        if (postgres) {
            IdentityCounters.reset(connection, tables);
        }
        connection.commit();
        if (!postgres) {
            IdentityCounters.reset(connection, tables);
            connection.commit();
        }
        return rows;
    }

    /** Pairs each table of the database with its manifest entry; refuses unknown, missing and stray files. */
    private static Map<Table, Manifest.TableEntry> match(
            String source, ZipFile zip, List<Table> tables, Manifest manifest) {
        Map<String, Table> byKey = tables.stream().collect(Collectors.toMap(Table::key, t -> t));
        Map<Table, Manifest.TableEntry> matched = new LinkedHashMap<>();
        Set<String> files = new HashSet<>(Set.of(Manifest.FILE_NAME));
        for (Manifest.TableEntry entry : manifest.tables()) {
            Table table = byKey.get(entry.name().toLowerCase(Locale.ROOT));
            if (table == null) {
                throw invalid(source + ": manifest.json lists the table '" + entry.name()
                        + "', which the database does not have.");
            }
            if (matched.put(table, entry) != null) {
                throw invalid(source + ": manifest.json lists the table '" + entry.name() + "' twice.");
            }
            if (zip.getEntry(entry.file()) == null) {
                throw invalid(source + " has no file " + entry.file() + " for the table '" + entry.name()
                        + "' that manifest.json lists.");
            }
            files.add(entry.file());
        }
        for (Table table : tables) {
            if (!matched.containsKey(table)) {
                throw invalid(source + ": manifest.json does not list the table '" + table.key()
                        + "', so the export is incomplete.");
            }
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.isDirectory() && !files.contains(entry.getName())) {
                throw invalid(source + " holds " + entry.getName() + ", which is no table's file in manifest.json.");
            }
        }
        return matched;
    }

    private long loadTable(
            Connection connection,
            ZipFile zip,
            String source,
            Table table,
            Manifest.TableEntry entry,
            ImportLimits.Budget budget)
            throws SQLException, IOException {
        String file = source + ": " + entry.file();
        ZipEntry zipEntry = zip.getEntry(entry.file());
        List<String> names = new ArrayList<>();
        try (InputStream in = budget.open(zip.getInputStream(zipEntry), zipEntry.getCompressedSize());
                CSVParser parser = parse(file, limits.fields(utf8(in)))) {
            names.addAll(parser.getHeaderNames());
            List<Table.Column> columns = header(file, table, parser.getHeaderNames());
            String sql = "insert into " + DatabaseTables.quote(table.name()) + " ("
                    + columns.stream().map(c -> DatabaseTables.quote(c.name())).collect(Collectors.joining(", "))
                    + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            long rows = 0;
            long endOfPrevious = parser.getCurrentLineNumber();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (CSVRecord record : parser) {
                    long line = endOfPrevious + 1;
                    endOfPrevious = parser.getCurrentLineNumber();
                    bind(file, line, columns, record, insert);
                    try {
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        throw invalid(file + " line " + line + ": the database refused the row: " + e.getMessage());
                    }
                    rows++;
                }
            } catch (UncheckedIOException e) {
                throw invalid(file + " after line " + endOfPrevious + ": " + reason(e.getCause()));
            }
            if (rows != entry.rows()) {
                throw invalid(file + " holds " + rows + " rows, but manifest.json says " + entry.rows() + ".");
            }
            return rows;
        } catch (ImportLimits.Exceeded e) {
            throw invalid(file + where(e, names) + ": " + e.getMessage() + ".");
        }
    }

    /** " line 2, column 'display_name'", as far as the limit that was passed knows it. */
    private static String where(ImportLimits.Exceeded e, List<String> names) {
        String line = e.line() > 0 ? " line " + e.line() : "";
        if (e.field() < 0) {
            return line;
        }
        return line
                + (e.field() < names.size()
                        ? ", column '" + names.get(e.field()) + "'"
                        : ", column " + (e.field() + 1));
    }

    /** A parser over {@code csv} that has read the header row. */
    private static CSVParser parse(String file, Reader csv) {
        try {
            return HEADED.parse(csv);
        } catch (UncheckedIOException e) {
            throw invalid(file + " line 1: " + reason(e.getCause()));
        } catch (IOException e) {
            throw invalid(file + " line 1: " + reason(e));
        } catch (IllegalArgumentException e) {
            throw invalid(file + " line 1: the header row is not valid (" + e.getMessage() + ").");
        }
    }

    /** The columns in the file's order; every column of the table must be there once, and nothing else. */
    private static List<Table.Column> header(String file, Table table, List<String> names) {
        List<Table.Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw invalid(file + " line 1: a column has no name.");
            }
            Table.Column column = table.column(name)
                    .orElseThrow(() -> invalid(
                            file + " line 1: '" + name + "' is not a column of the table " + table.key() + "."));
            if (!seen.add(column.key())) {
                throw invalid(file + " line 1: the column '" + name + "' appears twice.");
            }
            columns.add(column);
        }
        for (Table.Column column : table.columns()) {
            if (!seen.contains(column.key())) {
                throw invalid(file + " line 1: the column '" + column.key() + "' of the table " + table.key()
                        + " is missing.");
            }
        }
        return columns;
    }

    private static void bind(
            String file, long line, List<Table.Column> columns, CSVRecord record, PreparedStatement insert)
            throws SQLException {
        if (record.size() != columns.size()) {
            throw invalid(file + " line " + line + ": " + record.size() + " values, but the header names "
                    + columns.size() + " columns.");
        }
        for (int i = 0; i < columns.size(); i++) {
            Table.Column column = columns.get(i);
            String text = record.get(i);
            String where = file + " line " + line + ", column '" + column.key() + "': ";
            if (text == null && !column.nullable()) {
                throw invalid(where + "a value is required (an empty field without quotes means NULL).");
            }
            try {
                column.kind().bind(insert, i + 1, column.jdbcType(), text);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw invalid(where + "'" + shorten(text) + "' is not "
                        + column.kind().expected() + ".");
            }
        }
    }

    private static ZipFile open(Path path) {
        try {
            return new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw invalid(path.getFileName() + " is not a ZIP file.");
        } catch (IOException e) {
            throw invalid("Cannot read " + path + ": " + e.getMessage());
        }
    }

    /** A reader that stops at bytes that are not UTF-8, instead of replacing them unseen. */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String reason(Throwable e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text.";
        }
        return "not valid CSV (" + e.getMessage() + ").";
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_VALUE ? text : text.substring(0, SHOWN_VALUE) + "…";
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("backup", message);
    }
}
