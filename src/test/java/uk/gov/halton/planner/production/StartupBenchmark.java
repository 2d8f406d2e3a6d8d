package uk.gov.halton.planner.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up to a healthy /actuator/health, demo profile, from a cold JVM: the plain production jar
 * ({@code java -jar}, default JVM settings) beside what the README runs (the launcher target/app/start: extracted
 * layout and, on JDK 25+, the AOT cache trained by the build), each on a fresh data folder and on existing data.
 * Runs of the two launches alternate so that other load on the machine falls on both alike. Build first with
 * {@code ./mvnw -Pproduction package -DskipTests}; then
 * {@code ./mvnw test -Dsurefire.excludedGroups=none -Dtest=StartupBenchmark}. Figures go to standard output.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final Path LOGS = Path.of("target", "benchmark");
    private static final int RUNS = 5;

    @TempDir
    Path work;

    interface Launch {
        AppNode start(String name, Path workDir) throws Exception;
    }

    record Sample(double seconds, double cpuSeconds) {}

    @Test
    void plainJarBesideTheReadmeLauncher() throws Exception {
        Path jar = productionJar();
        Path launcher = Path.of("target", "app", "start");
        assertThat(launcher)
                .as("the launcher: build with ./mvnw -Pproduction package -DskipTests")
                .exists();
        Map<String, String> demo = Map.of("spring.profiles.active", "demo");
        Map<String, Launch> launches = new LinkedHashMap<>();
        launches.put("java -jar (plain jar)", (name, dir) -> AppNode.startJar(name, LOGS, jar, dir, demo, List.of()));
        launches.put(
                "target/app/start (README)", (name, dir) -> AppNode.startLauncher(name, LOGS, launcher, dir, demo));

        Map<String, List<Sample>> fresh = new LinkedHashMap<>();
        Map<String, List<Sample>> existing = new LinkedHashMap<>();
        int n = 0;
        for (int run = 0; run < RUNS; run++) {
            for (var launch : launches.entrySet()) {
                Path dir = work.resolve("fresh-" + n++);
                fresh.computeIfAbsent(launch.getKey(), k -> new ArrayList<>())
                        .add(measure(launch.getValue(), "startup-fresh-" + n, dir));
            }
        }
        Path data = work.resolve("existing");
        measure(launches.values().iterator().next(), "startup-make-data", data); // makes the data, not counted
        for (int run = 0; run < RUNS; run++) {
            for (var launch : launches.entrySet()) {
                existing.computeIfAbsent(launch.getKey(), k -> new ArrayList<>())
                        .add(measure(launch.getValue(), "startup-existing-" + n++, data));
            }
        }
        report("fresh data folder", fresh);
        report("existing data", existing);
    }

    private static Sample measure(Launch launch, String name, Path dir) throws Exception {
        long start = System.nanoTime();
        try (AppNode app = launch.start(name, dir)) {
            app.awaitHealthy(Duration.ofMinutes(3));
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Sample(seconds, app.cpuTime().toMillis() / 1000.0);
        }
    }

    private static void report(String data, Map<String, List<Sample>> samples) {
        List<Double> medians = new ArrayList<>();
        samples.forEach((launch, list) -> {
            double[] seconds =
                    list.stream().mapToDouble(Sample::seconds).sorted().toArray();
            double[] cpu =
                    list.stream().mapToDouble(Sample::cpuSeconds).sorted().toArray();
            medians.add(seconds[seconds.length / 2]);
            System.out.printf(
                    "BENCHMARK start-up, %s, %s: median %.2f s (%.2f to %.2f), CPU median %.1f s "
                            + "(%.1f to %.1f); runs %s%n",
                    data,
                    launch,
                    seconds[seconds.length / 2],
                    seconds[0],
                    seconds[seconds.length - 1],
                    cpu[cpu.length / 2],
                    cpu[0],
                    cpu[cpu.length - 1],
                    Arrays.toString(list.stream().mapToDouble(Sample::seconds).toArray()));
        });
        System.out.printf(
                "BENCHMARK start-up, %s: plain jar / README launcher = %.1f times%n",
                data, medians.get(0) / medians.get(1));
    }

    static Path productionJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("safer-halton-planner-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "No production jar: build it with ./mvnw -Pproduction package -DskipTests"));
        }
    }
}
