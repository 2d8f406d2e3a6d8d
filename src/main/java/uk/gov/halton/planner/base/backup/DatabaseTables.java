package uk.gov.halton.planner.base.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The application's tables, read from the database's own metadata so that a table a later migration adds is
 * exported and imported with no change here. Flyway's history and Quartz's tables are left out: Flyway writes its
 * history when it builds the schema, and the application rebuilds Quartz's jobs and triggers from its data.
 */
final class DatabaseTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private DatabaseTables() {}

    static boolean isApplicationTable(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return !key.equals(FLYWAY_HISTORY) && !key.startsWith("qrtz_");
    }

    static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The application tables, each after every table it references, so rows can be inserted in this order. */
    static List<Table> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (isApplicationTable(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String name : names) {
            tables.put(
                    name,
                    new Table(
                            name,
                            columns(meta, schema, name),
                            primaryKey(meta, schema, name),
                            parents(meta, schema, name)));
        }
        return inInsertOrder(tables);
    }

    /** The highest version Flyway has applied: the schema version an export records and an import requires. */
    static String schemaVersion(Connection connection) throws SQLException {
        // Quoted lower case: Flyway creates its table with that spelling on both H2 and PostgreSQL.
        String sql = "select " + quote("version") + " from " + quote(FLYWAY_HISTORY) + " where " + quote("success")
                + " = true and " + quote("version") + " is not null";
        MigrationVersion highest = null;
        try (var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        }
        if (highest == null) {
            throw new SQLException("Flyway has applied no migration to this database");
        }
        return highest.getVersion();
    }

    private static List<Table.Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Table.Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                // Metadata patterns treat "_" as a wildcard: keep only this table's own columns.
                if (!table.equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = rs.getString("COLUMN_NAME");
                int jdbcType = rs.getInt("DATA_TYPE");
                String typeName = rs.getString("TYPE_NAME");
                ColumnKind kind = ColumnKind.of(jdbcType, typeName);
                if (kind == null) {
                    throw new IllegalStateException("Column " + table + "." + name + " has the type " + typeName
                            + ", which the export has no text form for");
                }
                columns.add(new Table.Column(
                        name,
                        jdbcType,
                        typeName,
                        kind,
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<String> parents(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME");
                // A table that references itself needs no ordering against itself.
                if (!parent.equals(table) && isApplicationTable(parent)) {
                    parents.add(parent);
                }
            }
        }
        return List.copyOf(parents);
    }

    /** Parents before children; among tables free to go, alphabetical, so the order is the same every time. */
    private static List<Table> inInsertOrder(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Map<String, Table> waiting = new LinkedHashMap<>(tables);
        Set<String> placed = new LinkedHashSet<>();
        while (!waiting.isEmpty()) {
            List<Table> ready = waiting.values().stream()
                    .filter(t -> placed.containsAll(
                            t.parents().stream().filter(tables::containsKey).toList()))
                    .sorted(Comparator.comparing(Table::name))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException(
                        "The foreign keys between " + waiting.keySet() + " form a cycle: no insert order exists");
            }
            for (Table table : ready) {
                ordered.add(table);
                placed.add(table.name());
                waiting.remove(table.name());
            }
        }
        return ordered;
    }
}
