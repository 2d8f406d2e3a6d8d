package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.gov.halton.planner.base.PlannerZone;

/**
 * The journey: a planner creates a tabletop exercise from its template for the Emerald Kalama plan,
 * schedules it, marks it held, and sees the plan's next test due three years on; the manager sees it on the
 * programme. The programme and plan pages pass axe-core.
 */
class ExerciseJourneyTest extends BrowserTest {

    @Test
    void aPlannerRunsATabletopForEmeraldKalamaAndTheManagerSeesItOnTheProgramme() {
        LocalDate today = LocalDate.now(PlannerZone.zone());
        signIn("planner", "demo");
        open("exercises/new?template=tabletop&plan=emerald-kalama&date=" + today);
        WebElement name = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("exercise-name")));
        waiting().until(d -> String.valueOf(name.getDomProperty("value")).contains("Emerald Kalama"));
        String exerciseName = name.getDomProperty("value");
        assertThat(exerciseName).startsWith("Tabletop exercise");

        click("Create exercise");
        waiting().until(d -> d.getCurrentUrl().matches(".*/exercises/\\d+$"));
        click("Schedule");
        click("Mark held");
        WebElement confirm =
                waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.confirm-held")));
        confirm.click();
        waitForVaadin();
        waiting().until(d -> d.getPageSource().contains("Held on "));

        open("plans/emerald-kalama");
        String expected = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(today.plusYears(3));
        WebElement nextTest =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".next-test-due")));
        assertThat(nextTest.getText()).isEqualTo(expected);
        assertThat(seriousAccessibilityViolations()).as("plan page").isEmpty();
        signOut();

        signIn("manager", "demo");
        open("programme");
        waiting().until(d -> d.getPageSource().contains(exerciseName));
        WebElement thisYear = driver.findElement(By.cssSelector(".this-year-compliance"));
        assertThat(thisYear.getText()).contains("Met");
        assertThat(driver.getPageSource()).contains("Emerald Kalama Chemical off-site emergency plan");
        assertThat(seriousAccessibilityViolations()).as("programme page").isEmpty();
    }

    @Test
    void aPartnerSeesPlanStatusButNoWriteControls() {
        signIn("partner", "demo");
        open("plans");
        waiting().until(d -> d.getPageSource().contains("Runcorn Site off-site emergency plan"));
        assertThat(driver.getPageSource()).contains("No test recorded");
        open("plans/univar-widnes");
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space()='Edit plan']")))
                .isEmpty();
        open("exercises/new?template=tabletop");
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space()='Create exercise']")))
                .isEmpty();
    }

    private void click(String buttonText) {
        WebElement button = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-button[normalize-space()='" + buttonText + "']")));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        waitForVaadin();
    }
}
