package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's JDBC job store tables from the DDL that ships inside the Quartz jar, for the database at hand,
 * and seeds the QRTZ_LOCKS rows. The scripts' DROP statements are skipped: this migration runs once, on a schema
 * that has no Quartz tables, and a restart must never drop triggers.
 */
public class V2__Quartz_tables extends BaseJavaMigration {

    /** Must match spring.quartz.properties.org.quartz.scheduler.instanceName. */
    public static final String SCHEDULER_NAME = "planner";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String script = product.contains("postgres") ? "tables_postgres.sql" : "tables_h2.sql";
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read("org/quartz/impl/jdbcjobstore/" + script))) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES (?, ?)")) {
            for (String lock : List.of("TRIGGER_ACCESS", "STATE_ACCESS")) {
                insert.setString(1, SCHEDULER_NAME);
                insert.setString(2, lock);
                insert.executeUpdate();
            }
        }
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--") && !trimmed.startsWith("#")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> result = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            String sql = statement.strip();
            String upper = sql.toUpperCase(Locale.ROOT);
            if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                result.add(sql);
            }
        }
        return result;
    }

    private static String read(String resource) throws IOException, SQLException {
        try (InputStream in = V2__Quartz_tables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SQLException("Quartz's DDL " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
