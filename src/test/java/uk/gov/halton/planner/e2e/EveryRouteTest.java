package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
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
import uk.gov.halton.planner.alerts.AlertService;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.exercises.ElementMarkService;
import uk.gov.halton.planner.exercises.ExerciseDraft;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.TestReportService;
import uk.gov.halton.planner.plans.PlanElementService;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.PlanRepository;
import uk.gov.halton.planner.register.RegisterLinks;

/**
 * Every role opens every page it can open (its side navigation, plus the detail pages linked from it) at 1280 x 860 in
 * the light theme and at 390 x 844 in the dark one. A page fails if anything scrolls sideways (the document or any
 * scroll container), if an element's right edge lies past the viewport, if a table's heading is not over its column,
 * on a serious or critical axe-core violation, or on an error in the browser's console. One browser per role; every
 * problem of every page is reported at once, and each page with a problem is kept as a screenshot under
 * target/every-route/ROLE/. With {@code -Devery-route.review=true} it opens every page in both themes at both widths
 * and keeps a screenshot of each, for a person to look at.
 * <p>
 * The pages are walked with data as it grows in use, not only as a fresh installation has it: the test first makes a
 * plan of its own with a long title, tests recorded by a planner and by an exercise held with element results and a
 * stored test report, deadlines falling due that alert every role, and first rows of the plans and the contacts
 * that axe's target-size once failed after other journeys' records (see {@link GrownData}). Its own records change no
 * count another journey relies on (no site, no demo record), and it runs in any order among the other classes.
 */
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

    /**
     * Finds tables whose headings are not over their columns: a heading cell and the body cells below it must start at
     * the same place and be as wide. (Widths in em did this: a heading's font is smaller than its cells', so each
     * heading was narrower than its column, and the headings drifted from their columns across the table.)
     */
    private static final String MISALIGNED = """
            const problems = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              const root = grid.shadowRoot;
              if (!root || !grid.checkVisibility()) continue;
              const shown = row => [...row.children].filter(c => !(c.getAttribute('part') || '').includes('details-cell')
                  && c.getBoundingClientRect().width > 0);
              const heading = root.querySelector('#header tr:last-child');
              const body = [...root.querySelectorAll('#items tr')].find(r => !r.hidden && shown(r).length > 0);
              if (!heading || !body) continue;
              const heads = shown(heading), cells = shown(body);
              if (heads.length !== cells.length) continue;
              heads.forEach((head, i) => {
                const h = head.getBoundingClientRect(), c = cells[i].getBoundingClientRect();
                if (Math.abs(h.left - c.left) > 1 || Math.abs(h.width - c.width) > 1) {
                  const slot = head.querySelector('slot');
                  const content = slot && slot.assignedElements()[0];
                  const title = (content && content.innerText || '').trim() || 'column ' + (i + 1);
                  problems.push('the heading "' + title + '" is not over its column (heading ' + Math.round(h.left) + ' px, '
                      + Math.round(h.width) + ' px wide; cells ' + Math.round(c.left) + ' px, ' + Math.round(c.width)
                      + ' px wide)');
                }
              });
            }
            return problems;
            """;

    private static final Object DATA = new Object();

    /**
     * {@code -Devery-route.review=true}: every page in all four views (both widths in both themes), each kept as a
     * screenshot, for a person looking at what was built. Without it (every build) the walk checks two views, 1280 px
     * light and 390 px dark, and keeps screenshots of pages with a problem only.
     */
    private static final boolean REVIEW = Boolean.getBoolean("every-route.review");

    @Autowired
    ExerciseService exercises;

    @Autowired
    MapTiles mapTiles;

    @Autowired
    PlanRepository planRecords;

    @Autowired
    PlanService plans;

    @Autowired
    PlanElementService planElements;

    @Autowired
    ElementMarkService marks;

    @Autowired
    TestReportService reports;

    @Autowired
    AlertService alerts;

    @Autowired
    ContactService contacts;

    @AfterEach
    void backToTheLightTheme() {
        // The theme is the user's saved preference: leave it as the other journeys expect it.
        if (driver != null
                && !driver.findElements(By.xpath("//vaadin-button[normalize-space()='Light theme']"))
                        .isEmpty()) {
            switchTheme("Light theme");
        }
    }

    /*
     * Speed (this runs in every build): one browser per role and one page load, at sign-in; every route is then reached
     * through the router, as the side navigation reaches it (a deep link's first load is the same bootstrap for every
     * route). The routes are walked once per view, so a role resizes its window and switches its theme once per view at
     * most, not per route: a theme switch waits out Lumo's colour transitions (about 0.7 s) and a resize the browser's
     * 300 ms resize event, which, done per route, took more than half the walk. The roles walk at once, in browsers of
     * their own: most of a walk is waiting (for the browser, the server, a transition), so three walks share the two
     * cores of a build machine well.
     *
     * Two views, not four: 1280 px in the light theme and 390 px in the dark one. The theme changes only colours
     * (Lumo's custom properties; no style of the application changes a size with the theme), so the layout checks and
     * every axe rule but colour contrast give the same answer in both themes: the two views check the layout and the
     * structure at both widths, and colour contrast in both themes, each at one width. No style changes a colour with
     * the width, so only an element shown at one width alone (a phone's card, a desktop's extra column) is checked in
     * one theme alone. The other two views (390 px light, 1280 px dark) repeated those answers at the cost of half the
     * walk; they are walked for a person's review only (the screenshots).
     */
    @ParameterizedTest
    @ValueSource(strings = {"admin", "planner", "manager", "officer", "partner"})
    @Execution(ExecutionMode.CONCURRENT)
    void everyPageFitsAndPassesAxeAndLogsNoErrors(String user) {
        long exercise;
        String plan;
        long held;
        // The roles walk at once, each in its own browser; the data they share is made once, by whichever comes first.
        synchronized (DATA) {
            exercise = anExercise();
            GrownData grown =
                    new GrownData(planRecords, plans, planElements, exercises, marks, reports, alerts, contacts);
            plan = grown.plan();
            held = grown.heldExercise();
        }
        signIn(user, "demo");
        Set<String> routes = new LinkedHashSet<>();
        driver.findElements(By.cssSelector("vaadin-side-nav-item"))
                .forEach(item -> routes.add(item.getAttribute("path")));
        assertThat(routes).as("the side navigation").isNotEmpty();
        routes.addAll(List.of(
                "alerts/settings",
                "plans/emerald-kalama",
                "exercises/" + exercise,
                "register/indicators/CE-LI-41",
                RegisterLinks.ppt06Milestone().replaceFirst("^/", ""),
                // Issue 15's pages, open to everyone signed in (writes are for planners and administrators).
                "exercises/" + exercise + "/elements",
                "exercises/" + exercise + "/log",
                "exercises/" + exercise + "/report",
                "plans/emerald-kalama/coverage",
                "contacts",
                // The grown data: a plan with tests, a report and a coverage matrix with exercise columns.
                "plans/" + plan,
                "plans/" + plan + "/coverage",
                "exercises/" + held,
                "exercises/" + held + "/report"));
        if (user.equals("planner") || user.equals("admin")) {
            routes.add("exercises/new");
        }

        List<String> problems = new ArrayList<>();
        consoleErrors().forEach(e -> problems.add(user + " signing in: console error " + e));
        // The theme is the user's saved preference: start from whichever one another journey may have left.
        boolean dark = !driver.findElements(By.xpath("//vaadin-button[normalize-space()='Light theme']"))
                .isEmpty();
        resize(1280, 860); // the window opens 1280 px wide: only its height changes
        int width = 1280;
        for (View view : View.walk(dark)) {
            if (view.width() != width) {
                width = view.width();
                resizeAndSettle(width);
            }
            if (view.dark() != dark) {
                dark = view.dark();
                switchTheme(dark ? "Dark theme" : "Light theme");
            }
            String theme = dark ? "dark" : "light";
            for (String route : routes) {
                go(route);
                waiting()
                        .until(d -> !d.findElements(By.cssSelector("vaadin-app-layout"))
                                .isEmpty());
                settle();
                String where = user + " /" + route + " at " + width + " px, " + theme + ": ";
                int problemsBefore = problems.size();
                @SuppressWarnings("unchecked")
                List<String> sideways = (List<String>) ((JavascriptExecutor) driver).executeScript(SIDEWAYS);
                sideways.forEach(p -> problems.add(where + p));
                @SuppressWarnings("unchecked")
                List<String> misaligned = (List<String>) ((JavascriptExecutor) driver).executeScript(MISALIGNED);
                misaligned.forEach(p -> problems.add(where + p));
                if (dark == (width == 390)) {
                    seriousAccessibilityViolations().forEach(v -> problems.add(where + "axe " + v));
                }
                consoleErrors().forEach(e -> problems.add(where + "console error " + e));
                if (REVIEW || problems.size() > problemsBefore) {
                    screenshot(user, route, width, theme);
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** A window width and a theme. */
    private record View(int width, boolean dark) {

        /** The views walked, from the theme the user starts in: the first needs no theme switch. */
        static List<View> walk(boolean startDark) {
            if (REVIEW) {
                return List.of(
                        new View(1280, startDark),
                        new View(390, startDark),
                        new View(390, !startDark),
                        new View(1280, !startDark));
            }
            View wide = new View(1280, false);
            View narrow = new View(390, true);
            return startDark ? List.of(narrow, wide) : List.of(wide, narrow);
        }
    }

    /**
     * Goes to a route inside the page, as a click on the side navigation does (a router link: no reload), so that the
     * page loads once per role rather than once per route.
     */
    private void go(String route) {
        ((JavascriptExecutor) driver).executeScript("""
                const link = document.createElement('a');
                link.href = arguments[0];
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();
                """, "/" + route);
        waiting()
                .until(d -> ("/" + route)
                        .equals(((JavascriptExecutor) d).executeScript("return decodeURI(location.pathname)")));
        waitForVaadin();
    }

    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue() && !aMissingTile(entry))
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * A map tile the test browser could not fetch (it knows no host but this machine): the map says so on the page,
     * which the site map journeys check, so it is not a page error.
     */
    private boolean aMissingTile(LogEntry entry) {
        return mapTiles.origin()
                .filter(origin -> entry.getMessage().startsWith(origin + "/")
                        && entry.getMessage().contains("Failed to load resource"))
                .isPresent();
    }

    /**
     * Resizes the window and waits until the server has acted on the new width: tables hide their secondary columns on
     * the server's side (Kit.hideWhenNarrow), by the width that Vaadin's window resize event brings. The browser sends
     * that event 300 ms after the last resize, and later still when the machine is busy, so the wait is for its effect,
     * not for a time: on the plans list, whose table hides four columns below 600 px, until the columns hidden match the
     * width. (Waiting for any request to the server was not enough: the table's own request for rows could come first,
     * and the next page was then built for the old width.)
     */
    private void resizeAndSettle(int width) {
        go("plans");
        resize(width, width == 390 ? 844 : 860);
        boolean narrow = width < 600;
        waiting()
                .until(d -> narrow
                        == Boolean.TRUE.equals(((JavascriptExecutor) d)
                                .executeScript(
                                        "return document.querySelectorAll('vaadin-grid-column[hidden]').length > 0")));
        settle();
    }

    /**
     * Waits for the server's answers and for the CSS transitions they started (Lumo fades colours, e.g. a field's
     * label, after a theme switch): axe measured colours half-way through them.
     */
    private void settle() {
        waitForVaadin();
        waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.getAnimations().every(a => a.playState !== 'running'"
                                + " || !Number.isFinite(a.effect && a.effect.getComputedTiming().endTime))")));
    }

    /** Every page as it looked, for a person to review: target/every-route/ROLE/route-WIDTH-THEME.png. */
    private void screenshot(String user, String route, int width, String theme) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "every-route", user);
            java.nio.file.Files.createDirectories(folder);
            String name =
                    (route.isEmpty() ? "home" : route.replaceAll("[^A-Za-z0-9-]+", "_")) + "-" + width + "-" + theme;
            java.nio.file.Files.write(
                    folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void switchTheme(String label) {
        WebElement button = driver.findElement(By.xpath("//vaadin-button[normalize-space()='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
        String other = label.equals("Dark theme") ? "Light theme" : "Dark theme";
        waiting()
                .until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space()='" + other + "']"))
                        .isEmpty());
        settle();
    }

    /** This test's own exercise, proposed for a day far enough ahead to disturb no other journey. */
    private long anExercise() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("planner", null, "ROLE_PLANNER"));
        try {
            return exercises.findAll().stream()
                    .filter(e -> e.name().startsWith("Every route"))
                    .findFirst()
                    .orElseGet(() -> {
                        var d = exercises.draftFromTemplate(
                                "tabletop",
                                List.of("emerald-kalama"),
                                exercises.today().plusYears(2));
                        return exercises.create(new ExerciseDraft(
                                "Every route exercise",
                                d.templateType(),
                                d.planIds(),
                                d.startsAt(),
                                d.endsAt(),
                                d.location(),
                                d.agencies(),
                                d.objectives(),
                                d.scenario(),
                                d.testsPlan()));
                    })
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
