package uk.gov.halton.planner.base.backup;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every row of every table, read with plain getObject and brought to one comparable form whatever the database
 * (PostgreSQL hands back a Timestamp where H2 hands back an OffsetDateTime, and so on). Written separately from the
 * export's own conversions so that a test comparing two snapshots does not trust the code under test.
 */
record Snapshot(Map<String, List<Map<String, Object>>> tables) {

    static final Predicate<String> APPLICATION_TABLES =
            t -> !t.equals("flyway_schema_history") && !t.startsWith("qrtz_");

    static Snapshot of(Connection connection, Predicate<String> tableFilter) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            if (tableFilter.test(key)) {
                tables.put(key, rows(connection, name));
            }
        }
        return new Snapshot(tables);
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    /** The rows of {@code table} whose {@code column} equals {@code value}. */
    List<Map<String, Object>> rows(String table, String column, Object value) {
        return tables.get(table).stream()
                .filter(r -> value.equals(r.get(column)))
                .toList();
    }

    private static List<Map<String, Object>> rows(Connection connection, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), normal(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static Object normal(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case Byte b -> b.longValue();
            case Short s -> s.longValue();
            case Integer i -> i.longValue();
            case Long l -> l;
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Float f -> f.doubleValue();
            case java.sql.Timestamp t -> t.toInstant();
            case OffsetDateTime t -> t.toInstant();
            case java.sql.Date d -> d.toLocalDate();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case java.util.UUID uuid -> uuid.toString();
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            default -> value;
        };
    }
}
