package uk.gov.halton.planner.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The application on Spring's AOT code, as the README's launcher starts it ({@code -Dspring.aot.enabled=true}, the
 * classes {@code process-aot} generates in every build), on a fresh H2 folder with the demo profile. The other tests
 * run on the usual reflective start, so a fault only the AOT start has would otherwise reach users unseen: once, the
 * Quartz jobs' {@code @Autowired} fields stayed empty there and every alert sweep failed.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AppNode.NODES)
@Tag("aot")
class AotStartTest {

    private static final Path LOGS = Path.of("target", "aot-start");

    @TempDir
    Path work;

    @Test
    void onItsAotCodeTheApplicationStartsRunsItsFirstSweepAndLogsNoError() throws Exception {
        assertThat(Path.of("target/classes/uk/gov/halton/planner/Application__ApplicationContextInitializer.class"))
                .as("Spring's AOT processing ran in this build (spring-boot-maven-plugin process-aot)")
                .exists();
        // The shipped settings (src/main/resources/application.properties), in this test's own folder.
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "demo");
        properties.put(
                "spring.datasource.url",
                "jdbc:h2:file:" + work.resolve("data/planner") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        properties.put("planner.data.dir", work.toString());
        properties.put("logging.level.uk.gov.halton.planner.exercises.schedule.JobRunLog", "debug");
        Path log = LOGS.resolve("aot.log");

        try (AppNode app = AppNode.start("aot", LOGS, properties, List.of("-Dspring.aot.enabled=true"))) {
            app.awaitHealthy(Duration.ofMinutes(3));
            assertThat(Files.readString(log))
                    .as("the start ran on the AOT code")
                    .contains("AOT-processed");
            await("the first alert sweep, which Quartz runs at start-up (log: " + log + ")")
                    .atMost(Duration.ofMinutes(1))
                    .until(() -> Files.readString(log).contains("Scheduled job alerts-sweep-soon."));
        }
        assertThat(Files.readAllLines(log).stream().filter(line -> line.contains("Scheduled job alerts-sweep-soon.")))
                .as("the first alert sweep")
                .allMatch(line -> line.contains(" ran: "));
        List<String> errors = Files.readAllLines(log).stream()
                .filter(line -> line.contains(" ERROR ") || line.contains("Exception"))
                .toList();
        assertThat(errors).as("errors in the AOT start's log (%s)", log).isEmpty();
    }
}
