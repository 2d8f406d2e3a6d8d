package uk.gov.halton.planner.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.gov.halton.planner.e2e.BrowserTest;

/**
 * Benchmarks of the production application as an administrator runs it (H2 file database, demo users): the live
 * heap each signed-in user costs, and the read endpoints under wrk (start-up: {@link StartupBenchmark}). Build the jar
 * first, and install wrk (apt-get install wrk); then
 * {@code ./mvnw -B -o -ntp -Pproduction package -DskipTests && ./mvnw -B -o -ntp test -Dtest=ProductionJarBenchmark -Dsurefire.excludedGroups=none}.
 * Figures go to standard output, and into docs/benchmarks.md by hand.
 */
@Tag("benchmark")
class ProductionJarBenchmark {

    private static final Path LOGS = Path.of("target", "benchmark");
    private static final int SESSIONS = 40;
    private static final int WARM_UP_SESSIONS = 3;

    @TempDir
    Path work;

    @Test
    void memoryPerSignedInSession() throws Exception {
        Path jar = productionJar();
        List<WebDriver> browsers = new ArrayList<>();
        try (AppNode app = AppNode.startJar(
                "sessions",
                LOGS,
                jar,
                work.resolve("app"),
                Map.of("spring.profiles.active", "demo"),
                List.of("-Xmx1g"))) {
            app.awaitHealthy(Duration.ofMinutes(3));
            String base = "http://127.0.0.1:" + app.port() + "/";
            for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                signInAndOpenMapAndProgramme(browser(browsers), base); // warms up what every session shares
            }
            // Tomcat keeps the buffers of closed connections for reuse (up to 500 connections' worth): fill that
            // cache first, so that what follows counts what a user holds, not the cache's growth.
            run("wrk", "-t2", "-c200", "-d3s", base + "actuator/health");
            awaitOnlyPushConnections(app.port(), browsers.size());

            long before = liveHeapKb(app.pid());
            Map<String, Long> histogramBefore = histogram(app.pid());
            for (int i = 0; i < SESSIONS; i++) {
                signInAndOpenMapAndProgramme(browser(browsers), base);
            }
            // Idle HTTP keep-alive connections close after Tomcat's time-out; each user's push connection stays.
            awaitOnlyPushConnections(app.port(), browsers.size());
            long after = liveHeapKb(app.pid());
            writeGrowth(histogramBefore, histogram(app.pid()));
            if (System.getProperty("benchmark.heapdump") != null) {
                run(jcmd(), String.valueOf(app.pid()), "GC.heap_dump", System.getProperty("benchmark.heapdump"));
            }
            System.out.printf(
                    "BENCHMARK memory: live heap %d KB before and %d KB after %d more signed-in users "
                            + "(each: sign in, site map, programme; browsers kept open, each with its push connection; idle "
                            + "HTTP connections closed): %d KB per session%n",
                    before, after, SESSIONS, (after - before) / SESSIONS);
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    /**
     * The read endpoints under wrk, on the application as the README runs it (target/app/start): /api/sites with a
     * session cookie, with a personal API token (Bearer, and as the Basic password) and with the password over HTTP
     * Basic (BCrypt on every request), and the calendar feed.
     */
    @Test
    void readEndpointsUnderLoad() throws Exception {
        Path launcher = Path.of("target", "app", "start");
        List<WebDriver> browsers = new ArrayList<>();
        try (AppNode app = AppNode.startLauncher(
                "load", LOGS, launcher, work.resolve("app"), Map.of("spring.profiles.active", "demo"))) {
            app.awaitHealthy(Duration.ofMinutes(3));
            String base = "http://127.0.0.1:" + app.port() + "/";
            WebDriver planner = browser(browsers);
            signInAndOpenMapAndProgramme(planner, base);
            String feed = makeFeedAddress(planner, base);
            String token = makeApiToken(planner, base);
            String cookie = "Cookie: JSESSIONID="
                    + planner.manage().getCookieNamed("JSESSIONID").getValue();
            String sites = base + "api/sites";
            load("GET /api/sites (signed-in session cookie)", sites, cookie);
            load("GET /api/sites (API token, Bearer)", sites, "Authorization: Bearer " + token);
            load("GET /api/sites (API token as the HTTP Basic password)", sites, basic("planner", token));
            load("GET /api/sites (password over HTTP Basic: BCrypt each request)", sites, basic("planner", "demo"));
            load("GET /calendar/{token}.ics", feed, null);
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static String basic(String username, String password) {
        return "Authorization: Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String makeApiToken(WebDriver driver, String base) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "account/api-tokens");
        WebElement name =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field input")));
        name.sendKeys("wrk");
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Make a token']"))
                .click();
        WebElement token = wait.until(d -> d.findElement(By.cssSelector(".new-api-token input")));
        wait.until(d -> token.getAttribute("value").startsWith("shp_"));
        return token.getAttribute("value");
    }

    /** Waits until the only connections open to the server are the browsers' push (WebSocket) connections. */
    private static void awaitOnlyPushConnections(int port, int browsers) {
        org.awaitility.Awaitility.await("idle HTTP connections closed")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> run("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
                                .lines()
                                .filter(l -> !l.isBlank())
                                .count()
                        <= browsers);
    }

    /** Which classes the sessions added, largest first, as evidence for whoever makes sessions smaller. */
    private static Map<String, Long> histogram(long pid) throws Exception {
        Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(run(jcmd(), String.valueOf(pid), "GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            bytes.merge("#" + row.group(3), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    private static void writeGrowth(Map<String, Long> before, Map<String, Long> after) throws IOException {
        List<String> counts = after.entrySet().stream()
                .filter(
                        e -> e.getKey().startsWith("#")
                                && e.getKey()
                                        .matches(
                                                "#.*(\\.UI|View|WsSession|VaadinSession|AtmosphereResourceImpl|StandardSession|MainLayout)"))
                .map(e -> String.format(
                        "%6d more instances of %s",
                        e.getValue() - before.getOrDefault(e.getKey(), 0L),
                        e.getKey().substring(1)))
                .sorted()
                .toList();
        List<String> lines = after.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("#"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(60)
                .map(e -> String.format("%10d KB  %s", e.getValue() / 1024, e.getKey()))
                .toList();
        Files.createDirectories(LOGS);
        Files.write(
                LOGS.resolve("session-heap-growth.txt"),
                Stream.concat(counts.stream(), lines.stream()).toList());
    }

    private WebDriver browser(List<WebDriver> browsers) throws IOException {
        WebDriver driver = BrowserTest.chromium(Files.createTempDirectory(work, "chromium"));
        browsers.add(driver);
        return driver;
    }

    private static void signInAndOpenMapAndProgramme(WebDriver driver, String base) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys("planner");
        WebElement password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("demo");
        password.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item[path='sites']")));
        // From the home page to the map and on to the programme through the navigation, as a person clicks: one
        // page, so one UI on the server, as in real use.
        follow(driver, "sites");
        wait.until(d -> d.findElement(By.cssSelector("halton-map canvas")));
        follow(driver, "programme");
        wait.until(ExpectedConditions.urlContains("/programme"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.programme-checks td")));
    }

    private static void follow(WebDriver driver, String path) {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector(\"vaadin-side-nav-item[path='" + path
                        + "']\").shadowRoot.querySelector('a').click()");
    }

    private static String makeFeedAddress(WebDriver driver, String base) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "calendar");
        WebElement make = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[normalize-space()='Make a feed address']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", make);
        make.click();
        WebElement address = wait.until(d -> d.findElement(By.cssSelector(".feed-address input")));
        wait.until(d -> address.getAttribute("value").endsWith(".ics"));
        return address.getAttribute("value").replace("http://localhost:", "http://127.0.0.1:");
    }

    /** Live heap after full collections, from the JDK's own jcmd. */
    private static long liveHeapKb(long pid) throws Exception {
        for (int i = 0; i < 3; i++) {
            run(jcmd(), String.valueOf(pid), "GC.run");
        }
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd(), String.valueOf(pid), "GC.heap_info"));
        assertThat(used.find()).isTrue();
        return Long.parseLong(used.group(1));
    }

    private static String jcmd() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow())
                .resolveSibling("jcmd")
                .toString();
    }

    private static void load(String what, String url, String header) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c16", "--latency"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        List<String> warmUp = new ArrayList<>(command);
        warmUp.addAll(List.of("-d10s", url));
        run(warmUp.toArray(String[]::new));
        command.addAll(List.of("-d30s", url));
        String out = run(command.toArray(String[]::new));
        assertThat(out).as("every answer a success").doesNotContain("Non-2xx");
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p50 = Pattern.compile("50%\\s+(\\S+)").matcher(out);
        Matcher p99 = Pattern.compile("99%\\s+(\\S+)").matcher(out);
        assertThat(rate.find() && p50.find() && p99.find()).as(out).isTrue();
        System.out.printf(
                "BENCHMARK %s: %s requests/s, median %s, p99 %s (wrk, 2 threads, 16 connections, 30 s)%n",
                what, rate.group(1), p50.group(1), p99.group(1));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static Path productionJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("safer-halton-planner-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(
                            "No production jar: build it with ./mvnw -Pproduction package -DskipTests"));
        }
    }
}
