package uk.gov.halton.planner.base.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Moves each identity column's counter past the highest value imported, so that the application's next row gets a
 * fresh id rather than a duplicate-key error. H2 restarts the column's identity; PostgreSQL sets its sequence.
 */
final class IdentityCounters {

    private IdentityCounters() {}

    static void reset(Connection connection, List<Table> tables) throws SQLException {
        boolean postgres = DatabaseTables.isPostgres(connection);
        for (Table table : tables) {
            for (Table.Column column : table.columns()) {
                if (column.identity()) {
                    long highest = highest(connection, table, column);
                    if (postgres) {
                        setSequence(connection, table, column, highest);
                    } else {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("alter table " + DatabaseTables.quote(table.name())
                                    + " alter column " + DatabaseTables.quote(column.name())
                                    + " restart with " + (highest + 1));
                        }
                    }
                }
            }
        }
    }

    private static long highest(Connection connection, Table table, Table.Column column) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select max(" + DatabaseTables.quote(column.name()) + ") from "
                        + DatabaseTables.quote(table.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void setSequence(Connection connection, Table table, Table.Column column, long highest)
            throws SQLException {
        // With no rows, the next value is 1: setval(..., 1, false). Otherwise the one after the highest.
        try (PreparedStatement statement =
                connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), ?, ?)")) {
            statement.setString(1, DatabaseTables.quote(table.name()));
            statement.setString(2, column.name());
            statement.setLong(3, Math.max(highest, 1));
            statement.setBoolean(4, highest > 0);
            statement.executeQuery().close();
        }
    }
}
