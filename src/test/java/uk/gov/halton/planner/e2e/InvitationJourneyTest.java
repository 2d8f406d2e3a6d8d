package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.gov.halton.planner.contacts.Contact;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The invitation journey: a planner invites three contacts from the exercise's page, one accepts through the
 * reply link in their email (no sign-in), and the exercise's page shows it; the contacts page fits a phone. The
 * journeys share one application: the plan, exercise and contacts made here are its own (named by the run), so they
 * change nothing other journeys count, and the invitation is read from the outbox by its own recipient.
 */
class InvitationJourneyTest extends BrowserTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ExerciseService exercises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanRepository planRecords;

    @Test
    void aPlannerInvitesThreeContactsOneAcceptsThroughTheLinkAndTheExercisePageShowsIt() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String plan = "journey-" + run;
        planRecords.save(new Plan(plan, "Sample journey plan " + run));
        ExerciseSummary exercise;
        List<Contact> three;
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("planner", "n/a", "ROLE_PLANNER"));
        try {
            three = List.of(
                    contacts.create(new ContactDetails(
                            "Cheshire Fire and Rescue Service",
                            "Sample contact " + run + " A",
                            "Station manager",
                            "sample-" + run + "-a@example.org",
                            null)),
                    contacts.create(new ContactDetails(
                            "Environment Agency",
                            "Sample contact " + run + " B",
                            "Incident officer",
                            "sample-" + run + "-b@example.org",
                            null)),
                    contacts.create(new ContactDetails(
                            "Warrington Borough Council",
                            "Sample contact " + run + " C",
                            "Emergency planning officer",
                            "sample-" + run + "-c@example.org",
                            null)));
            exercise = exercises.schedule(exercises
                    .create(exercises.draftFromTemplate(
                            "tabletop", List.of(plan), exercises.today().plusDays(45)))
                    .id());
        } finally {
            SecurityContextHolder.clearContext();
        }

        signIn("planner", "demo");
        open("exercises/" + exercise.id());
        waiting().until(d -> d.getPageSource().contains("Nobody has been invited yet."));
        click("Invite from contacts");
        pickInMultiSelect(three.stream().map(Contact::name).toList());
        click("Send invitations");
        waiting().until(d -> d.getPageSource().contains("3 invited: 0 accepted, 0 declined, 3 not answered."));

        // The invitee's email (read from the outbox, which keeps every message sent) carries the reply link.
        String body = jdbc.sql("select body from mail_outbox where recipient = ?")
                .param(three.getFirst().email())
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("https?://[^/\\s]+/(invitations/[A-Za-z0-9._-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        signOut();

        driver.get(url(link.group(1)));
        waiting().until(d -> d.getPageSource().contains("Will you take part?"));
        driver.findElement(By.xpath("//button[normalize-space()='Accept']")).click();
        waiting().until(d -> d.getPageSource().contains("Thank you: your answer is recorded."));
        assertThat(seriousAccessibilityViolations()).as("reply page").isEmpty();

        signIn("planner", "demo");
        open("exercises/" + exercise.id());
        waiting().until(d -> d.getPageSource().contains("3 invited: 1 accepted, 0 declined, 2 not answered."));
        assertThat(driver.findElement(By.cssSelector(".invitations vaadin-grid"))
                        .getText())
                .contains("Sample contact " + run + " A");

        resize(390, 844);
        open("contacts");
        WebElement filter = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                        "vaadin-text-field[aria-label='Filter contacts'] input, vaadin-text-field input")));
        filter.sendKeys(run);
        waitForVaadin();
        waiting().until(d -> d.getPageSource().contains("Sample contact " + run + " C"));
        Object sideways = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(sideways).as("the contacts page scrolls sideways at 390 px").isEqualTo(false);
    }

    private void click(String buttonText) {
        WebElement button = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-button[normalize-space()='" + buttonText + "']")));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        waitForVaadin();
    }
}
