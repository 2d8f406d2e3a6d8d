package uk.gov.halton.planner.base.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import uk.gov.halton.planner.Application;

/**
 * How {@code java -jar planner.jar --planner.import=...} reaches the import: the listener is registered for every
 * Spring Boot start, acts only on that argument, and exits with the command's code. (The real exit would end the
 * test run, so the tests hand it a recorder instead.)
 */
class ImportCommandListenerTest {

    @TempDir
    Path folder;

    final List<Integer> exitCodes = new ArrayList<>();
    final ImportCommandListener listener = new ImportCommandListener(exitCodes::add);

    @Test
    void itIsRegisteredForEverySpringBootStart() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .hasAtLeastOneElementOfType(ImportCommandListener.class);
    }

    @Test
    void aStartWithTheImportArgumentImportsAndExits() throws Exception {
        Path export = folder.resolve("export.zip");
        JdbcDataSource source = h2("jdbc:h2:mem:listener-source-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(source)
                .locations(DataImportTest.LOCATIONS)
                .load()
                .migrate();
        try (OutputStream out = Files.newOutputStream(export)) {
            new DataExport(source).writeTo(out, Instant.now());
        }
        String target = "jdbc:h2:mem:listener-target-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        listener.onApplicationEvent(
                event(Application.class, "--planner.import=" + export, "--spring.datasource.url=" + target));

        assertThat(exitCodes).containsExactly(0);
        try (Connection connection = h2(target).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select ref from reg_indicator")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("EP LOCAL 1");
        }
    }

    @Test
    void anOrdinaryStartIsLeftAlone() {
        listener.onApplicationEvent(event(Application.class, "--server.port=0"));
        assertThat(exitCodes).isEmpty();
    }

    @Test
    void theImportsOwnContextDoesNotStartAnotherImport() {
        listener.onApplicationEvent(event(ImportCommand.ImportContext.class, "--planner.import=never-read.zip"));
        assertThat(exitCodes).isEmpty();
    }

    private static ApplicationEnvironmentPreparedEvent event(Class<?> source, String... args) {
        return new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(source), args, new StandardEnvironment());
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
