package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.PlannerZone;

/** An officer enters a quarter's figure; a partner opens that theme's quarterly report and sees it. */
class RegisterJourneyTest extends BrowserTest {

    @Test
    void anOfficersFigureAppearsInThePartnersReport() throws IOException {
        LocalDate today = LocalDate.now(PlannerZone.zone());
        FinancialYear year = FinancialYear.of(today);
        int quarter = FinancialYear.quarterOf(today);

        signIn("officer", "demo");
        open("register/figures/CE-LI-41");
        WebElement field = waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#quarter-" + quarter + " input")));
        field.clear();
        field.sendKeys("23");
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Save figures']"))
                .click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card"))
                        .getText())
                .contains("Saved 1 figure");
        signOut();

        signIn("partner", "demo");
        open("register/report/hate-crime/" + year.slug() + "/" + quarter);
        WebElement cell = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#indicator-CE-LI-41 .quarter-value")));
        assertThat(cell.getText()).isEqualTo("23");
        assertThat(driver.findElement(By.cssSelector("h2")).getText()).contains("Hate crime");
        assertThat(driver.findElements(By.xpath("//vaadin-button[normalize-space()='Record progress']")))
                .isEmpty();
        Files.createDirectories(Path.of("target"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView()", driver.findElement(By.cssSelector("#report-indicators")));
        Files.write(
                Path.of("target", "register-report-page.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(seriousAccessibilityViolations()).as("report page").isEmpty();

        open("register");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[normalize-space()='PPT 06']")));
        assertThat(seriousAccessibilityViolations()).as("register browser").isEmpty();
        Files.write(
                Path.of("target", "register-browser.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
