package uk.gov.halton.planner.base.backup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One application table as the connected database describes it. {@code name} and the column names are the
 * database's own spelling (H2 upper-cases, PostgreSQL lower-cases), used quoted in SQL; {@link #key()} is the
 * lower-case name the export files use.
 */
record Table(String name, List<Column> columns, List<String> primaryKey, List<String> parents) {

    /** A column; {@code identity} when the database generates its values (its counter is moved after an import). */
    record Column(String name, int jdbcType, String typeName, ColumnKind kind, boolean nullable, boolean identity) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The file inside the export that holds this table's rows. */
    String fileName() {
        return key() + ".csv";
    }

    Optional<Column> column(String key) {
        return columns.stream()
                .filter(c -> c.key().equals(key.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
