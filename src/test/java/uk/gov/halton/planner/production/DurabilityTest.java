package uk.gov.halton.planner.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A burst of writes through the application, a SIGKILL in the middle, and a restart: every write whose commit had
 * returned is there, nothing else is, and the application opens the database cleanly (Flyway and Hibernate
 * validate it). On H2 the database dies with the application; on PostgreSQL the server is killed as well.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AppNode.NODES)
@Tag("durability")
class DurabilityTest {

    private static final Pattern COMMITTED = Pattern.compile("^COMMITTED (\\d+)$");
    private static final int WRITES_BEFORE_KILL = 200;
    private static final Path LOGS = Path.of("target", "durability-test");

    @TempDir
    Path work;

    @Test
    void theH2FileDatabaseKeepsEveryCommittedWriteThroughAKill() throws Exception {
        String url = applicationDatabaseUrl()
                .replace("./data/planner", work.resolve("data/planner").toString());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "demo");
        properties.put("spring.datasource.url", url);

        Set<Integer> committed = burstAndKill("h2-burst", properties);

        JdbcClient db = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
        assertThatEveryCommittedWriteAndNothingElseIsThere(db, committed);
        db.sql("shutdown").update();

        restartsCleanly("h2-restart", properties);
    }

    @Test
    void postgresqlKeepsEveryCommittedWriteWhenTheApplicationAndTheServerAreKilled() throws Exception {
        Path data = work.resolve("pgdata");
        EmbeddedPostgres server = postgres(data, false);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "postgres,demo");
        properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");

        Set<Integer> committed = burstAndKill("pg-burst", properties, () -> {
            killServer(data);
            server.close(); // releases its lock on the data directory; the server is already gone
        });

        try (EmbeddedPostgres restarted = postgres(data, true)) {
            JdbcClient db = JdbcClient.create(restarted.getPostgresDatabase());
            assertThatEveryCommittedWriteAndNothingElseIsThere(db, committed);
            properties.put("spring.datasource.url", restarted.getJdbcUrl("postgres", "postgres"));
            restartsCleanly("pg-restart", properties);
        }
    }

    private Set<Integer> burstAndKill(String name, Map<String, String> properties) throws Exception {
        return burstAndKill(name, properties, () -> {});
    }

    private Set<Integer> burstAndKill(String name, Map<String, String> properties, ThrowingAction alsoKill)
            throws Exception {
        Path classes = work.resolve("burst-classes");
        copyBurstWriterClass(classes);
        AppNode writer = AppNode.start(name, LOGS, properties, BurstWriter.class.getName(), List.of(classes));
        Path log = LOGS.resolve(name + ".log");
        try {
            await(name + " writing")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!writer.process().isAlive()) {
                            throw new AssertionError(name + " stopped before the kill:\n" + writer.logTail());
                        }
                        return committed(log).size() >= WRITES_BEFORE_KILL;
                    });
            writer.kill();
            alsoKill.run();
        } finally {
            writer.close();
        }
        return committed(log);
    }

    private static void assertThatEveryCommittedWriteAndNothingElseIsThere(JdbcClient db, Set<Integer> committed) {
        Set<Integer> stored =
                new TreeSet<>(db
                        .sql("select summary from plan_revision where summary like 'burst %'")
                        .query(String.class)
                        .list()
                        .stream()
                        .map(s -> Integer.parseInt(s.substring("burst ".length())))
                        .toList());
        int last = committed.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(committed).as("writes promised before the kill").hasSizeGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
        assertThat(stored).as("every committed write survives").containsAll(committed);
        // The write in flight at the kill may or may not have committed; nothing beyond it can exist.
        assertThat(stored).as("no write appears that was never made").allMatch(n -> n <= last + 1);
    }

    private void restartsCleanly(String name, Map<String, String> properties) throws Exception {
        try (AppNode app = AppNode.start(name, LOGS, properties)) {
            app.awaitHealthy(Duration.ofMinutes(3));
        }
    }

    private static Set<Integer> committed(Path log) throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        if (!Files.exists(log)) {
            return numbers;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = COMMITTED.matcher(line);
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    /** The database URL the application ships with, so that its own settings are what is tested. */
    private static String applicationDatabaseUrl() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            shipped.load(in);
        }
        String url = shipped.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/planner");
        return url;
    }

    private static void copyBurstWriterClass(Path classes) throws IOException {
        String resource = BurstWriter.class.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = BurstWriter.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A server as production runs it: commits wait for the write-ahead log (the embedded default does not). The data
     * directory is kept (the temporary directory goes at the end of the test); a server that will be killed has no
     * shutdown hook to trip over its absence.
     */
    private static EmbeddedPostgres postgres(Path data, boolean stoppedCleanly) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(stoppedCleanly)
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** SIGKILL to the postmaster and every backend at once, as a crash of the database server. */
    private static void killServer(Path data) throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        await("server gone").atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }
}
