package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * The end-to-end harness: the whole application on a random port with the demo users, driven by Debian's headless
 * Chromium. Journeys of later features extend this class.
 */
@PlannerContextTest
public abstract class BrowserTest {

    /** A failed journey leaves a screenshot and the page's HTML under target/screenshots for whoever reads CI. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestExecutionExceptionHandler evidence = (context, cause) -> {
        saveEvidence(context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName());
        throw cause;
    };

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(new File(CHROMIUM))
                .as("Chromium (apt-get install chromium chromium-driver)")
                .exists();
        profile = Files.createTempDirectory("chromium-profile");
        driver = chromium(profile);
    }

    /** Debian's Chromium, headless, with its own profile directory (so its own cookies and session). */
    public static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=en-GB",
                // This machine only: any other host (the map's tile server) is unknown, whatever the network, so
                // journeys see the same page everywhere and send nothing out (the benchmarks address it as 127.0.0.1).
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        // The browser's console, so that a test can fail on errors the page logs (SEVERE entries).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
    }

    private void saveEvidence(String name) {
        if (driver == null) {
            return;
        }
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(
                    folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // Evidence is a courtesy: never hide the test's own failure.
        }
    }

    /** Clicks a button (or anything) once it is on the page, scrolled into view first (narrow windows hide it). */
    protected void click(By by) {
        WebElement button = waiting().until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        waitForVaadin();
    }

    /** Types into a field and leaves it (Tab), so Vaadin sends the value. */
    protected void type(By by, String text) {
        WebElement input = waiting().until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        waiting().until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
        waitForVaadin();
    }

    /**
     * Picks each named item in the page's multi-select combo box, typing its name first: the box clears its filter
     * after each pick, and an item outside the visible part of a long list is not rendered.
     */
    protected void pickInMultiSelect(List<String> names) {
        WebElement input = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-multi-select-combo-box input")));
        for (String name : names) {
            input.click();
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), name);
            waiting()
                    .until(ExpectedConditions.elementToBeClickable(By.xpath(
                            "//vaadin-multi-select-combo-box-item[contains(normalize-space(), '" + name + "')]")))
                    .click();
            waitForVaadin();
        }
    }

    /** Sets up a journey's own data through the services, as the demo planner (the services check the role). */
    protected static <T> T asPlanner(java.util.function.Supplier<T> action) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "planner", null, "ROLE_PLANNER"));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected WebDriverWait waiting() {
        // Vaadin re-renders parts of the page while a test looks at it: a stale element means "look again".
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // Looks again every 50 ms, not Selenium's 500: most waits are for one server round trip of a few dozen ms.
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    protected void waitForVaadin() {
        waiting()
                .until(
                        d -> Boolean.TRUE.equals(
                                ((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients "
                                                        + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** Signs in through the login form, as a person would. */
    protected void signIn(String username, String password) {
        open("login");
        WebElement user =
                waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        waitForVaadin();
    }

    protected void signOut() {
        WebElement signOut = driver.findElement(By.xpath("//vaadin-button[normalize-space()='Sign out']"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", signOut);
        signOut.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }

    protected List<String> navigationLabels() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    protected void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Serious and critical WCAG 2 A/AA violations on the current page, for the message of a failed check. */
    @SuppressWarnings("unchecked")
    protected List<String> seriousAccessibilityViolations() {
        // axe-core's script (half a megabyte) goes into a page once, not once per check as AxeBuilder would send it:
        // that made every check four times slower.
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
            js.executeScript(AXE_SCRIPT);
        }
        // Vaadin's development tools (copilot-main, vaadin-dev-tools) exist only in development mode, not for users.
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['copilot-main'], ['vaadin-dev-tools']]},
                        {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(results => done(results.violations
                      .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                      .map(rule => rule.id + ' (' + rule.impact + '): ' + rule.help + ' at '
                          + JSON.stringify(rule.nodes.map(node => [node.target, node.html.slice(0, 300), node.failureSummary,
                              node.any.concat(node.all, node.none).flatMap(check => check.relatedNodes)
                                  .map(related => related.html.slice(0, 200))])))))
                  .catch(error => done(['axe failed: ' + error]));
                """);
    }

    /** The axe-core that ships inside Deque's Selenium integration, so that its version follows the pom. */
    private static final String AXE_SCRIPT = axeScript();

    private static String axeScript() {
        try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            return new String(
                    java.util.Objects.requireNonNull(in, "axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
