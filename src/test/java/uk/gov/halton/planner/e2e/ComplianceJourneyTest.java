package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The morning routine: a planner's home lists an overdue plan test; the planner opens the plan and records the test;
 * the item leaves the home page and the manager's bell, watched live in a second browser, counts one fewer.
 */
class ComplianceJourneyTest extends BrowserTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanRepository planRecords;

    @Autowired
    Clock clock;

    private WebDriver manager;
    private WebDriver planner;
    private Path managerProfile;

    @AfterEach
    void closeTheOtherBrowser() {
        SecurityContextHolder.clearContext();
        // The harness quits whichever browser `driver` holds; this quits the other one.
        for (WebDriver browser : new WebDriver[] {manager, planner}) {
            if (browser != null && browser != driver) {
                browser.quit();
            }
        }
        if (managerProfile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(managerProfile.toFile());
        }
    }

    @Test
    void aPlannerRecordsAnOverdueTestFromTheHomePageAndTheManagersBellClears() throws Exception {
        String id = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Journey plan " + id;
        planRecords.save(new Plan(id, title));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("planner", null, "ROLE_PLANNER"));
        LocalDate today = LocalDate.now(clock);
        plans.recordTest(id, today.minusYears(3).minusDays(5), null, "Tabletop");
        SecurityContextHolder.clearContext();

        // The manager watches the bell in a browser of their own.
        managerProfile = Files.createTempDirectory("chromium-manager");
        manager = chromium(managerProfile);
        planner = driver;
        driver = manager;
        signIn("manager", "demo");
        open("alerts");
        waiting().until(d -> alertRows(title) > 0);
        int before = unread();
        assertThat(before).isPositive();

        driver = planner;
        signIn("planner", "demo");
        WebElement item = waiting()
                .until(d -> d.findElements(By.cssSelector(".work-overdue a.work-link")).stream()
                        .filter(a -> a.getText().equals("Test of " + title))
                        .findFirst()
                        .orElse(null));
        assertThat(item.findElement(By.xpath("following-sibling::span")).getText())
                .isEqualTo("Overdue by 5 days, " + uk.gov.halton.planner.base.Dates.day(today.minusDays(5)));
        item.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/plans/" + id));
        waitForVaadin();
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Record a test']"))
                .click();
        WebElement record = waiting()
                .until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space()='Record']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        record.click();
        waiting()
                .until(d -> d.findElements(By.cssSelector(".next-test-due")).stream()
                        .anyMatch(e ->
                                e.getText().contains(uk.gov.halton.planner.base.Dates.shortDay(today.plusYears(3)))));

        open("");
        waiting().until(d -> !d.findElements(By.cssSelector(".work-list")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("a.work-link")).stream().map(WebElement::getText))
                .doesNotContain("Test of " + title);

        driver = manager;
        // Fewer by the test's alert and, with the new test cycle, that of the plan elements not yet tested.
        waiting().until(d -> unread() < before);
        open("alerts");
        waiting().until(d -> alertRows(title) == 0 || notAcknowledgedRows(title) == 0);
        driver = planner;
    }

    /** The bell's accessible name says the count: "Notifications: 2 unread". */
    private int unread() {
        String label = driver.findElement(By.cssSelector("vaadin-button.notification-bell"))
                .getDomAttribute("aria-label");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+) unread").matcher(label == null ? "" : label);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private int alertRows(String title) {
        return (int) driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(a -> a.getText().contains(title))
                .count();
    }

    private int notAcknowledgedRows(String title) {
        return (int) driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> String.valueOf(b.getDomAttribute("aria-label")).startsWith("Acknowledge:")
                        && String.valueOf(b.getDomAttribute("aria-label")).contains(title)
                        && b.isDisplayed())
                .count();
    }
}
