package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.alerts.AlertsCreated;
import uk.gov.halton.planner.plans.PlanService;

/**
 * A manager signs in, sees the unread count (which updates live when another deadline comes near), opens the
 * notification centre, follows an alert to its plan and acknowledges it.
 */
class AlertJourneyTest extends BrowserTest {

    @Autowired
    PlanService plans;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void signedOutOfTheService() {
        SecurityContextHolder.clearContext();
    }

    private void planTestFallsDueIn(String planId, int days) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("planner", null, "ROLE_PLANNER"));
        plans.recordTest(planId, LocalDate.now(clock).minusYears(3).plusDays(days), null);
        SecurityContextHolder.clearContext();
    }

    /** The bell's accessible name says the count, shown or not: "Notifications: 2 unread". */
    private int unread() {
        String label = driver.findElement(By.cssSelector("vaadin-button.notification-bell"))
                .getDomAttribute("aria-label");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+) unread").matcher(label == null ? "" : label);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** A plan no earlier test of this shared context has tested, so that recording a test moves its due date. */
    private String untestedPlanOtherThan(String other) {
        return plans.findAll().stream()
                .filter(p -> p.lastTested() == null && !p.id().equals(other))
                .map(p -> p.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aManagerFollowsAnAlertToItsPlanAndAcknowledgesIt() {
        assertThat(plans.find("iconichem-widnes").orElseThrow().lastTested()).isNull();
        planTestFallsDueIn("iconichem-widnes", 20);

        signIn("manager", "demo");
        waiting().until(d -> unread() >= 1);
        int before = unread();

        // Another plan's test comes within 30 days while the manager is looking: the bell counts it without a reload.
        planTestFallsDueIn(untestedPlanOtherThan("iconichem-widnes"), 25);
        // More than one: a plan test falling due also brings the alert for its plan elements not yet tested this cycle.
        waiting().until(d -> unread() > before);
        int after = unread();

        driver.findElement(By.cssSelector(".notification-bell")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/alerts"));
        waitForVaadin();
        WebElement link = waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                        .filter(a -> "plans/iconichem-widnes".equals(a.getDomAttribute("href")))
                        .findFirst()
                        .orElse(null));
        // Other journeys' alerts may put the row below the fold: scrolled to, as a person would.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/plans/iconichem-widnes"));
        waitForVaadin();
        assertThat(driver.findElement(By.tagName("h2")).getText()).containsIgnoringCase("ICoNiChem");

        open("alerts");
        waiting().until(d -> acknowledgeButtons("ICoNiChem") > 0);
        int open = acknowledgeButtons("ICoNiChem");
        WebElement acknowledge = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> label(b).startsWith("Acknowledge:") && label(b).contains("ICoNiChem"))
                .findFirst()
                .orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", acknowledge);
        acknowledge.click();
        waiting().until(d -> acknowledgeButtons("ICoNiChem") == open - 1);
        open("alerts");
        waiting().until(d -> unread() < after);
        assertThat(seriousAccessibilityViolations()).as("notification centre").isEmpty();
    }

    /**
     * The bell is told of new alerts on the thread that made them (a Quartz worker) and refreshes there, through the
     * user's UI. That thread must not be left signed in as the user: it once was, and the scheduled jobs it ran next
     * (the exercise reminders) were refused as that user's.
     */
    @Test
    void theLiveBellLeavesNobodySignedInOnTheThreadThatToldIt() throws Exception {
        signIn("manager", "demo");
        waitForVaadin();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Authentication afterwards = worker.submit(() -> {
                        events.publishEvent(new AlertsCreated(Set.of("manager")));
                        return SecurityContextHolder.getContext().getAuthentication();
                    })
                    .get(30, TimeUnit.SECONDS);
            assertThat(afterwards)
                    .as("who the telling thread runs as afterwards")
                    .isNull();
        } finally {
            worker.shutdownNow();
        }
    }

    private int acknowledgeButtons(String about) {
        return (int) driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> label(b).startsWith("Acknowledge:") && label(b).contains(about) && b.isDisplayed())
                .count();
    }

    private static String label(WebElement element) {
        String label = element.getDomAttribute("aria-label");
        return label == null ? "" : label;
    }
}
