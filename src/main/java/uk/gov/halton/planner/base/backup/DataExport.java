package uk.gov.halton.planner.base.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes every application table to a ZIP: one CSV per table and manifest.json (see {@link Manifest}). Values are
 * written exactly as stored: unlike the CSV exports for spreadsheets, nothing is neutralised, because this file
 * exists to be imported back.
 */
final class DataExport {

    /** Every value quoted and NULL an empty unquoted field, so NULL and "" stay apart (as in PostgreSQL's COPY). */
    static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("")
            .get();

    private final DataSource dataSource;

    DataExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the export to {@code out}, which stays open; returns the manifest written. */
    Manifest writeTo(OutputStream out, Instant exportedAt) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            // One read-only transaction over a snapshot, so that rows in one table agree with rows in another
            // even while users keep working. PostgreSQL's REPEATABLE READ is such a snapshot; H2 needs SERIALIZABLE.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(
                    DatabaseTables.isPostgres(connection)
                            ? Connection.TRANSACTION_REPEATABLE_READ
                            : Connection.TRANSACTION_SERIALIZABLE);
            try {
                return write(connection, out, exportedAt);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The export could not read the database: " + e.getMessage(), e);
        }
    }

    private static Manifest write(Connection connection, OutputStream out, Instant exportedAt)
            throws SQLException, IOException {
        DatabaseMetaData meta = connection.getMetaData();
        String schemaVersion = DatabaseTables.schemaVersion(connection);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<Manifest.TableEntry> entries = new ArrayList<>();
        for (Table table : DatabaseTables.read(connection)) {
            zip.putNextEntry(new ZipEntry(table.fileName()));
            long rows = writeTable(connection, table, zip);
            zip.closeEntry();
            entries.add(new Manifest.TableEntry(
                    table.key(),
                    table.fileName(),
                    rows,
                    table.primaryKey().stream()
                            .map(k -> k.toLowerCase(Locale.ROOT))
                            .toList(),
                    table.columns().stream()
                            .map(c -> new Manifest.ColumnEntry(c.key(), label(c.kind()), c.typeName(), c.nullable()))
                            .toList()));
        }
        // Written last so that its row counts are the rows actually written above.
        Manifest manifest = new Manifest(
                Manifest.FORMAT,
                Manifest.FORMAT_VERSION,
                "Safer Halton Planner",
                schemaVersion,
                exportedAt.toString(),
                meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                Manifest.standardConventions(),
                entries);
        zip.putNextEntry(new ZipEntry(Manifest.FILE_NAME));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static long writeTable(Connection connection, Table table, OutputStream zip)
            throws SQLException, IOException {
        String sql = "select "
                + table.columns().stream()
                        .map(c -> DatabaseTables.quote(c.name()))
                        .collect(Collectors.joining(", ")) + " from " + DatabaseTables.quote(table.name())
                + (table.primaryKey().isEmpty()
                        ? ""
                        : " order by "
                                + table.primaryKey().stream()
                                        .map(DatabaseTables::quote)
                                        .collect(Collectors.joining(", ")));
        // Not closed: closing the printer would close the ZIP stream under it.
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(table.columns().stream().map(Table.Column::key).toList());
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                List<String> values = new ArrayList<>(table.columns().size());
                while (rs.next()) {
                    values.clear();
                    for (int i = 0; i < table.columns().size(); i++) {
                        values.add(table.columns().get(i).kind().read(rs, i + 1));
                    }
                    printer.printRecord(values);
                    rows++;
                }
            }
        }
        printer.flush();
        return rows;
    }

    static String label(ColumnKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
