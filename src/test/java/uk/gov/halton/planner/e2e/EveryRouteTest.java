package uk.gov.halton.planner.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.exercises.ExerciseDraft;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.register.RegisterLinks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role opens every page it can open (its side navigation, plus the detail pages linked from it) at 1280 x 860
 * and 390 x 844, in the light and the dark theme. A page fails if anything scrolls sideways (the document or any
 * scroll container), if an element's right edge lies past the viewport, on a serious or critical axe-core violation,
 * or on an error in the browser's console. One browser per role; every problem of every page is reported at once.
 */
// Tagged so that `verify` leaves it out until the problems it still reports are fixed (see the README); run it with
// ./mvnw test -Dsurefire.excludedGroups=benchmark -Dgroups=every-route
@org.junit.jupiter.api.Tag("every-route")
class EveryRouteTest extends BrowserTest {

    /** Finds what would make a person scroll sideways: scroll containers that overflow, and elements past the right edge. */
    private static final String SIDEWAYS = """
            const vw = document.documentElement.clientWidth;
            const problems = [];
            const parentOf = el => el.assignedSlot || el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
            const name = el => {
              let s = el.localName;
              if (el.id) s += '#' + el.id;
              if (el.getAttribute && el.getAttribute('part')) s += '[part=' + el.getAttribute('part') + ']';
              if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).join('.');
              const text = (el.innerText || '').trim().replace(/\\s+/g, ' ').substring(0, 40);
              return text ? s + ' "' + text + '"' : s;
            };
            const path = el => { const p = parentOf(el); const h = el.getRootNode().host; return (h ? name(h) + ' >> ' : '') + name(el); };
            const clipped = el => {
              for (let a = parentOf(el); a && a !== document.documentElement; a = parentOf(a)) {
                if (a instanceof Element) {
                  const o = getComputedStyle(a).overflowX;
                  if (o !== 'visible' && a.getBoundingClientRect().right <= vw + 1) return true;
                }
              }
              return false;
            };
            if (document.documentElement.scrollWidth > vw + 1) {
              problems.push('the page scrolls sideways (' + document.documentElement.scrollWidth + ' > ' + vw + ' px)');
            }
            const visit = root => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) visit(el.shadowRoot);
                if (!el.checkVisibility({checkOpacity: false, checkVisibilityCSS: true})) continue;
                const style = getComputedStyle(el);
                if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1
                    && el.clientWidth > 0) {
                  problems.push('scrolls sideways (' + el.scrollWidth + ' > ' + el.clientWidth + ' px): ' + path(el));
                }
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && r.right > vw + 1) {
                  const p = parentOf(el);
                  const parentPast = p instanceof Element && p.getBoundingClientRect().right > vw + 1;
                  if (!parentPast && !clipped(el)) {
                    problems.push('past the right edge (' + Math.round(r.right) + ' > ' + vw + ' px): ' + path(el));
                  }
                }
              }
            };
            visit(document);
            return [...new Set(problems)];
            """;

    @Autowired
    ExerciseService exercises;

    @Autowired
    MapTiles mapTiles;

    @AfterEach
    void backToTheLightTheme() {
        if (driver != null && !driver.findElements(By.xpath("//vaadin-button[normalize-space()='Light theme']")).isEmpty()) {
            switchTheme("Light theme");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "planner", "manager", "officer", "partner"})
    void everyPageFitsAndPassesAxeAndLogsNoErrors(String user) {
        long exercise = anExercise();
        signIn(user, "demo");
        Set<String> routes = new LinkedHashSet<>();
        driver.findElements(By.cssSelector("vaadin-side-nav-item")).forEach(item -> routes.add(item.getAttribute("path")));
        assertThat(routes).as("the side navigation").isNotEmpty();
        routes.addAll(List.of("alerts/settings", "plans/emerald-kalama", "exercises/" + exercise,
                "register/indicators/CE-LI-41", RegisterLinks.ppt06Milestone().replaceFirst("^/", "")));
        if (user.equals("planner") || user.equals("admin")) {
            routes.add("exercises/new");
        }

        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            if (theme.equals("dark")) {
                switchTheme("Dark theme");
            }
            for (int[] size : new int[][] {{1280, 860}, {390, 844}}) {
                resize(size[0], size[1]);
                for (String route : routes) {
                    String where = user + " /" + route + " at " + size[0] + " px, " + theme + ": ";
                    open(route);
                    waiting().until(d -> !d.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
                    waitForVaadin();
                    @SuppressWarnings("unchecked")
                    List<String> sideways = (List<String>) ((JavascriptExecutor) driver).executeScript(SIDEWAYS);
                    sideways.forEach(p -> problems.add(where + p));
                    screenshot(user, route, size[0], theme);
                    seriousAccessibilityViolations().forEach(v -> problems.add(where + "axe " + v));
                    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                        if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !aMissingTile(entry)) {
                            problems.add(where + "console error " + entry.getMessage());
                        }
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * A map tile the test browser could not fetch (it knows no host but this machine): the map says so on the page,
     * which the site map journeys check, so it is not a page error.
     */
    private boolean aMissingTile(LogEntry entry) {
        return mapTiles.origin().filter(origin -> entry.getMessage().startsWith(origin + "/")
                && entry.getMessage().contains("Failed to load resource")).isPresent();
    }

    /** Every page as it looked, for a person to review: target/every-route/ROLE/route-WIDTH-THEME.png. */
    private void screenshot(String user, String route, int width, String theme) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "every-route", user);
            java.nio.file.Files.createDirectories(folder);
            String name = (route.isEmpty() ? "home" : route.replaceAll("[^A-Za-z0-9-]+", "_")) + "-" + width + "-" + theme;
            java.nio.file.Files.write(folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void switchTheme(String label) {
        WebElement button = driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
        String other = label.equals("Dark theme") ? "Light theme" : "Dark theme";
        waiting().until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space()='" + other + "']")).isEmpty());
        waitForVaadin();
    }

    /** This test's own exercise, proposed for a day far enough ahead to disturb no other journey. */
    private long anExercise() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("planner", null, "ROLE_PLANNER"));
        try {
            return exercises.findAll().stream().filter(e -> e.name().startsWith("Every route"))
                    .findFirst()
                    .orElseGet(() -> {
                        var d = exercises.draftFromTemplate("tabletop", List.of("emerald-kalama"),
                                exercises.today().plusYears(2));
                        return exercises.create(new ExerciseDraft("Every route exercise", d.templateType(),
                                d.planIds(), d.planElements(), d.startsAt(), d.endsAt(), d.location(), d.agencies(),
                                d.objectives(), d.scenario(), d.testsPlan()));
                    }).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
