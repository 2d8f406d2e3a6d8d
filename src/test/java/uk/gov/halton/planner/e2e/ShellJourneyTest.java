package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Each demo role signs in and sees the navigation its role allows; the login view and shell pass axe-core. */
class ShellJourneyTest extends BrowserTest {

    @Test
    void eachDemoRoleSeesOnlyWhatItMayOpen() {
        signIn("admin", "demo");
        assertThat(navigationLabels()).contains("Home", "Users", "Audit log");
        assertThat(driver.findElement(By.cssSelector(".user-role")).getText()).isEqualTo("Administrator");
        signOut();

        for (String user : new String[] {"planner", "manager", "officer", "partner"}) {
            signIn(user, "demo");
            assertThat(navigationLabels()).as(user).contains("Home").doesNotContain("Users", "Audit log");
            assertThat(driver.findElement(By.cssSelector(".user-name")).getText())
                    .isEqualTo(user);
            signOut();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        open("login");
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("planner");
        var password = driver.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("not-the-password");
        password.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        var form = driver.findElement(By.cssSelector("vaadin-login-form"));
        // The form is in its error state, showing the planner's message (its i18n, set by the login view).
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "const f = arguments[0]; return f.error ? f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message : 'no error';",
                                form))
                .isEqualTo("Sign-in failed Check the user name and password and try again.");
    }

    @Test
    void aPartnerCannotOpenAnAdministratorsPageByItsAddress() {
        signIn("partner", "demo");
        // A page load the server refuses (403) lands inside the application's frame, never on a bare error page.
        open("admin/users");
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
        assertThat(driver.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("Add user");
        // Said inside the application's frame, with the navigation still there.
        assertThat(driver.findElement(By.cssSelector(".error-page h2")).getText())
                .isEqualTo("You do not have access to this page");
        assertThat(navigationLabels()).contains("Home");

        open("no-such-page");
        assertThat(driver.findElement(By.cssSelector(".error-page h2")).getText())
                .isEqualTo("Page not found");
        assertThat(navigationLabels()).contains("Home");
    }

    @Test
    void theShellWorksAt390PixelsWide() {
        resize(390, 844);
        signIn("planner", "demo");
        var toggle = driver.findElement(By.cssSelector("vaadin-drawer-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        waiting().until(d -> d.findElement(By.cssSelector("vaadin-app-layout")).getAttribute("drawer-opened") != null);
        assertThat(navigationLabels()).contains("Home");
    }

    @Test
    void theLoginViewAndTheShellHaveNoSeriousAccessibilityViolations() {
        open("login");
        assertThat(seriousAccessibilityViolations()).as("login view").isEmpty();
        signIn("admin", "demo");
        assertThat(seriousAccessibilityViolations()).as("home in the shell").isEmpty();
        open("admin/users");
        assertThat(seriousAccessibilityViolations()).as("users view").isEmpty();
    }
}
