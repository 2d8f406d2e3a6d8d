package uk.gov.halton.planner.base.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * {@code java -jar planner.jar --planner.import=export.zip}: restores a full export into a new, empty database, then
 * exits ({@link ImportCommandListener} hands such a start over to this class). It runs instead of the application,
 * not inside it, so that none of the application's start-up work
 * (demo users, the first administrator, reference data, plans, schedules) writes a row before the export's rows
 * are in; the next ordinary start then finds the restored data and only tops it up as after any restart.
 * <p>
 * The database must have no tables: the command builds the schema with Flyway at the export's own schema version
 * (a later application version migrates it further on its next start) and loads the rows. With
 * {@code --planner.import.replace=true} it instead replaces every row of a database already at that version, for
 * a second attempt after a refused import or a deliberate roll-back. The datasource settings are the application's
 * own ({@code spring.profiles.active=postgres}, {@code PLANNER_DB_URL}, ...).
 */
final class ImportCommand {

    static final String OPTION = "--planner.import=";
    static final String REPLACE = "planner.import.replace";

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private ImportCommand() {}

    /** Whether the command line asks for an import rather than the application. */
    static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(OPTION));
    }

    /** Runs the import; returns the process exit code: 0 imported, 1 refused, 2 failed. */
    static int run(String... args) {
        String file = Arrays.stream(args)
                .filter(a -> a.startsWith(OPTION))
                .map(a -> a.substring(OPTION.length()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("No " + OPTION + " argument"));
        Path path = Path.of(file);
        try {
            // The file is checked before anything connects to the database.
            Manifest manifest = DataImport.readManifest(path);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportContext.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(args)) {
                DataSource dataSource = context.getBean(DataSource.class);
                boolean replace = context.getEnvironment().getProperty(REPLACE, Boolean.class, false);
                if (!replace) {
                    requireNoTables(dataSource);
                }
                migrateTo(context.getBean(Flyway.class), manifest.schemaVersion());
                Map<String, Long> rows = new DataImport(dataSource).importFrom(path);
                long total = rows.values().stream().mapToLong(Long::longValue).sum();
                log.info(
                        "Imported {} rows into {} tables from {} (schema version {}, exported {}). "
                                + "Start the application normally now.",
                        total,
                        rows.size(),
                        path.getFileName(),
                        manifest.schemaVersion(),
                        manifest.exportedAt());
                return 0;
            }
        } catch (InvalidInputException e) {
            log.error("Import refused, no rows written: {}", e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            log.error("Import failed: {}", e.getMessage(), e);
            return 2;
        }
    }

    /** A new database: no tables at all in its default schema. */
    private static void requireNoTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                ResultSet rs =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
            if (!tables.isEmpty()) {
                throw new InvalidInputException(
                        "database",
                        "The database is not empty: it has " + tables.size()
                                + " tables (" + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                                + (tables.size() > 5 ? ", ..." : "") + "). Import into a new, empty database, or add --"
                                + REPLACE + "=true to replace every row of a database at the export's schema version.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables: " + e.getMessage(), e);
        }
    }

    /** Builds (or completes) the schema up to the export's version and no further. */
    private static void migrateTo(Flyway configured, String version) {
        try {
            Flyway.configure(configured.getConfiguration().getClassLoader())
                    .configuration(configured.getConfiguration())
                    .target(MigrationVersion.fromVersion(version))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new InvalidInputException(
                    "backup",
                    "Cannot build the schema at the export's version " + version + " (" + e.getMessage()
                            + "). Use the application version that made the export, or a later one.");
        }
    }

    /**
     * The import's Spring context: the application's datasource and Flyway settings and nothing else. Not a
     * {@code @Configuration}, so the application's component scan leaves it alone.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class ImportContext {

        /** Flyway must not migrate at start-up: the command first checks the database is empty. */
        @Bean
        FlywayMigrationStrategy migrateLater() {
            return flyway -> {};
        }
    }
}
