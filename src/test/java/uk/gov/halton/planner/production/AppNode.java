package uk.gov.halton.planner.production;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as a server runs it, so that a test can kill it with SIGKILL: no shutdown
 * hook, no closing of pools or files. Its classpath is the test run's without the test classes, so it sees the main
 * configuration only, plus whatever extra directory a test adds. Output goes to a log file kept for the evidence.
 */
final class AppNode implements AutoCloseable {

    /**
     * The tests that start nodes of their own hold this lock, so they run one after another; each is marked
     * {@code @Execution(CONCURRENT)}, so in {@code verify} they run beside the browser journeys, which spend much of
     * their time waiting. A node has its own database, port and folder: it shares nothing with the tests beside it.
     */
    static final String NODES = "application nodes";

    private static final String MAIN = "uk.gov.halton.planner.Application";

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private AppNode(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application with these properties (as --key=value) and the given main class. */
    static AppNode start(String name, Path logDir, Map<String, String> properties) throws IOException {
        return start(name, logDir, properties, MAIN, List.of());
    }

    /** The same, with options for the JVM (system properties such as {@code -Dspring.aot.enabled=true}). */
    static AppNode start(String name, Path logDir, Map<String, String> properties, List<String> jvmOptions)
            throws IOException {
        return launch(name, logDir, properties, fromClasses(jvmOptions, MAIN, List.of()), Path.of("."));
    }

    static AppNode start(
            String name, Path logDir, Map<String, String> properties, String mainClass, List<Path> extraClasspath)
            throws IOException {
        return launch(name, logDir, properties, fromClasses(List.of(), mainClass, extraClasspath), Path.of("."));
    }

    /**
     * A JVM on the test run's classes: a small heap, quick compilation and the serial collector, as a test node needs.
     * Vaadin runs in production mode, as in the production jar: a node serves no page, and development mode's scan of
     * the classpath and its frontend watchers took a quarter of a node's start (15.4 CPU-seconds to 11.6).
     */
    private static List<String> fromClasses(List<String> jvmOptions, String mainClass, List<Path> extraClasspath) {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of(
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dvaadin.productionMode=true",
                "-cp",
                classpath(extraClasspath),
                mainClass));
        return launch;
    }

    /** The production jar as an administrator starts it, in its own working directory (its ./data lives there). */
    static AppNode startJar(
            String name, Path logDir, Path jar, Path workDir, Map<String, String> properties, List<String> jvmOptions)
            throws IOException {
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return launch(name, logDir, properties, launch, workDir);
    }

    /**
     * The application as the README runs it: the production build's launcher script (target/app/start) with the
     * test run's JDK as JAVA_HOME, in its own working directory.
     */
    static AppNode startLauncher(String name, Path logDir, Path launcher, Path workDir, Map<String, String> properties)
            throws IOException {
        Map<String, String> all = withDefaults(properties);
        List<String> command =
                new ArrayList<>(List.of("sh", launcher.toAbsolutePath().toString()));
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment()
                .put(
                        "JAVA_HOME",
                        Path.of(javaExecutable()).getParent().getParent().toString());
        builder.environment().put("JAVA_OPTS", "-Duser.timezone=UTC");
        return start(name, logDir, builder, workDir, Integer.parseInt(all.get("server.port")));
    }

    private static Map<String, String> withDefaults(Map<String, String> properties) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", String.valueOf(freePort()));
        all.putIfAbsent("spring.main.banner-mode", "off");
        return all;
    }

    private static AppNode start(String name, Path logDir, ProcessBuilder builder, Path workDir, int port)
            throws IOException {
        Files.createDirectories(logDir);
        Files.createDirectories(workDir);
        Path log = logDir.toAbsolutePath().resolve(name + ".log");
        Process process = builder.directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppNode(name, process, port, log);
    }

    /** CPU time the application's process has used so far (user and system, all threads). */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElseThrow();
    }

    private static AppNode launch(
            String name, Path logDir, Map<String, String> properties, List<String> launch, Path workDir)
            throws IOException {
        Map<String, String> all = withDefaults(properties);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Duser.timezone=UTC");
        command.addAll(launch);
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        return start(name, logDir, new ProcessBuilder(command), workDir, Integer.parseInt(all.get("server.port")));
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    Process process() {
        return process;
    }

    /** Waits until /actuator/health answers UP; fails with the end of the node's log if it dies first. */
    AppNode awaitHealthy(Duration atMost) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await(name + " healthy")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
                    }
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && response.body().contains("\"UP\"");
                    } catch (IOException e) {
                        return false;
                    }
                });
        return this;
    }

    /** SIGKILL: the process stops at once, as on a power cut or the kernel's OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Surefire may start tests from a manifest-only jar; it then keeps the real classpath in its own property. */
    private static String classpath(List<Path> extra) {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.toCollection(ArrayList::new));
        extra.forEach(path -> entries.add(path.toString()));
        return String.join(File.pathSeparator, entries);
    }
}
