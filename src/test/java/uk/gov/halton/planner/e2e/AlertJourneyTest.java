package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
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
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * A manager signs in, sees the unread count (which updates live when another deadline comes near), opens the
 * notification centre, follows an alert to its plan and acknowledges it.
 */
class AlertJourneyTest extends BrowserTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanRepository planRecords;

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

    /** A plan of this test's own, never tested: recording a test moves its due date, whatever other journeys did. */
    private String newPlan(String name) {
        String id = "alert-journey-" + UUID.randomUUID();
        planRecords.save(new Plan(id, name + " off-site emergency plan (sample data)"));
        return id;
    }

    @Test
    void aManagerFollowsAnAlertToItsPlanAndAcknowledgesIt() {
        String mark = "Alert journey " + UUID.randomUUID().toString().substring(0, 8);
        String plan = newPlan(mark);
        planTestFallsDueIn(plan, 20);

        signIn("manager", "demo");
        waiting().until(d -> unread() >= 1);
        int before = unread();

        // Another plan's test comes within 30 days while the manager is looking: the bell counts it without a reload.
        planTestFallsDueIn(newPlan("Another " + mark), 25);
        // More than one: a plan test falling due also brings the alert for its plan elements not yet tested this cycle.
        waiting().until(d -> unread() > before);
        int after = unread();

        driver.findElement(By.cssSelector(".notification-bell")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/alerts"));
        waitForVaadin();
        WebElement link = waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                        .filter(a -> ("plans/" + plan).equals(a.getDomAttribute("href")))
                        .findFirst()
                        .orElse(null));
        // Other journeys' alerts may put the row below the fold: scrolled to, as a person would.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/plans/" + plan));
        waitForVaadin();
        assertThat(driver.findElement(By.tagName("h2")).getText()).contains(mark);

        open("alerts");
        waiting().until(d -> acknowledgeButtons(mark) > 0);
        int open = acknowledgeButtons(mark);
        WebElement acknowledge = driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> label(b).startsWith("Acknowledge:") && label(b).contains(mark))
                .findFirst()
                .orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", acknowledge);
        acknowledge.click();
        waiting().until(d -> acknowledgeButtons(mark) == open - 1);
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
