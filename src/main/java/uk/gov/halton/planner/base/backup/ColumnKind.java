package uk.gov.halton.planner.base.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * How a column's values are written as text and read back. The kind comes from the JDBC type and the database's
 * own type name, because drivers disagree: PostgreSQL reports {@code boolean} as BIT and {@code timestamptz} as
 * TIMESTAMP, H2 reports them as BOOLEAN and TIMESTAMP_WITH_TIMEZONE. Converting by kind is what lets a file written
 * from one database load into the other.
 */
enum ColumnKind {
    BOOLEAN("true or false"),
    INTEGER("a whole number"),
    DECIMAL("a decimal number"),
    FLOAT("a number"),
    TEXT("text"),
    DATE("a date (YYYY-MM-DD)"),
    TIME("a time (HH:MM:SS)"),
    TIMESTAMP("a date and time (YYYY-MM-DDTHH:MM:SS)"),
    TIMESTAMP_WITH_OFFSET("a date and time with offset (YYYY-MM-DDTHH:MM:SSZ or +01:00)"),
    BINARY("base64"),
    UUID("a UUID");

    private final String expected;

    ColumnKind(String expected) {
        this.expected = expected;
    }

    /** What a value of this kind looks like, for error messages. */
    String expected() {
        return expected;
    }

    /** The kind of a column, or null when the export has no text form for it (the caller refuses the table). */
    static ColumnKind of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID;
        }
        if (name.equals("timestamptz") || name.startsWith("timestamp with time zone")) {
            return TIMESTAMP_WITH_OFFSET;
        }
        // A time with an offset, or PostgreSQL's bit strings (reported as BIT, like its booleans): no column of the
        // application has them, and treating them as a plain time or a boolean would lose data, so they are refused.
        if (name.equals("timetz")
                || name.startsWith("time with time zone")
                || name.equals("bit")
                || name.equals("varbit")) {
            return null;
        }
        return switch (jdbcType) {
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> TEXT;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_WITH_OFFSET;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        };
    }

    /** The value of column {@code index} as text, or null for SQL NULL. */
    String read(ResultSet rs, int index) throws SQLException {
        String text = switch (this) {
            case BOOLEAN -> Boolean.toString(rs.getBoolean(index));
            case INTEGER -> Long.toString(rs.getLong(index));
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(index);
                yield value == null ? null : value.toPlainString();
            }
            case FLOAT -> Double.toString(rs.getDouble(index));
            case TEXT -> rs.getString(index);
            case DATE -> text(rs.getObject(index, LocalDate.class));
            case TIME -> text(rs.getObject(index, LocalTime.class));
            case TIMESTAMP -> {
                LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                yield value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
            }
            case TIMESTAMP_WITH_OFFSET -> {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                yield value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
            }
            case BINARY -> {
                byte[] value = rs.getBytes(index);
                yield value == null ? null : Base64.getEncoder().encodeToString(value);
            }
            case UUID -> text(rs.getObject(index, java.util.UUID.class));
        };
        return rs.wasNull() ? null : text;
    }

    /**
     * Binds {@code text} (null for SQL NULL) to parameter {@code index}.
     *
     * @throws IllegalArgumentException when the text is not a value of this kind
     */
    void bind(PreparedStatement statement, int index, int jdbcType, String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, jdbcType);
            return;
        }
        switch (this) {
            case BOOLEAN -> statement.setBoolean(index, parseBoolean(text));
            case INTEGER -> statement.setLong(index, Long.parseLong(text));
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case FLOAT -> statement.setDouble(index, Double.parseDouble(text));
            case TEXT -> statement.setString(index, text);
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case TIME -> statement.setObject(index, LocalTime.parse(text));
            case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case TIMESTAMP_WITH_OFFSET -> statement.setObject(index, OffsetDateTime.parse(text));
            case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(text));
            case UUID -> statement.setObject(index, java.util.UUID.fromString(text));
        }
    }

    private static boolean parseBoolean(String text) {
        // Boolean.parseBoolean takes anything but "true" as false: a typo must not become false silently.
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false");
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
