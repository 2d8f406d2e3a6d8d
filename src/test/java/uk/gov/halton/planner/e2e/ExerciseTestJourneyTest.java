package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.PdfReading;
import uk.gov.halton.planner.contacts.Contact;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;

/**
 * The whole journey in one browser: a planner marks which plan elements a tabletop tests and invites three
 * contacts; one accepts through the reply link; on the day a facilitator logs two injects on a phone; the planner
 * marks it held, records the results and downloads the report, whose PDF names the elements, the attendees and the
 * actions; the plan's coverage matrix shows the elements tested. The plan, the contacts and the exercise are its own
 * (the journeys share one application): holding the exercise moves only its own plan's test dates, which no other
 * journey counts, and its invitations are read from the outbox by their own recipients.
 */
class ExerciseTestJourneyTest extends BrowserTest {

    private static final List<String> ELEMENTS = List.of("Early warning, alert and call-out", "Coordinating resources");

    @Autowired
    ContactService contacts;

    @Autowired
    ExerciseService exercises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PlanRepository planRecords;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPlannerPlansInvitesLogsHoldsAndReportsATabletop() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String plan = "journey-" + run;
        planRecords.save(new Plan(plan, "Sample journey plan " + run));
        List<Contact> three = asPlanner(() -> List.of(
                contacts.create(new ContactDetails(
                        "Sample Water Company " + run,
                        "Sample contact " + run + " A",
                        "Duty manager",
                        "journey-" + run + "-a@example.org",
                        null)),
                contacts.create(new ContactDetails(
                        "Sample Ambulance Trust " + run,
                        "Sample contact " + run + " B",
                        "Resilience officer",
                        "journey-" + run + "-b@example.org",
                        null)),
                contacts.create(new ContactDetails(
                        "Sample Police Force " + run,
                        "Sample contact " + run + " C",
                        "Inspector",
                        "journey-" + run + "-c@example.org",
                        null))));
        ExerciseSummary exercise = asPlanner(() -> exercises.schedule(exercises
                .create(exercises.draftFromTemplate(
                        "tabletop", List.of(plan), exercises.today().plusDays(60)))
                .id()));
        long id = exercise.id();

        // Before: the planner marks the elements the tabletop tests.
        signIn("planner", "demo");
        for (String element : ELEMENTS) {
            recordElement(id, element);
        }

        // ... and invites three contacts from the exercise's page.
        open("exercises/" + id);
        waiting().until(d -> d.getPageSource().contains("Nobody has been invited yet."));
        click(By.xpath("//vaadin-button[normalize-space()='Invite from contacts']"));
        pickInMultiSelect(three.stream().map(Contact::name).toList());
        click(By.xpath("//vaadin-button[normalize-space()='Send invitations']"));
        waiting().until(d -> d.getPageSource().contains("3 invited: 0 accepted, 0 declined, 3 not answered."));
        signOut();

        // One accepts through the link in their email (read from the outbox, which keeps every message sent).
        String body = jdbc.sql("select body from mail_outbox where recipient = ?")
                .param(three.getFirst().email())
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("https?://[^/\\s]+/(invitations/[A-Za-z0-9._-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        driver.get(url(link.group(1)));
        waiting().until(d -> d.getPageSource().contains("Will you take part?"));
        driver.findElement(By.xpath("//button[normalize-space()='Accept']")).click();
        waiting().until(d -> d.getPageSource().contains("Thank you: your answer is recorded."));

        // On the day, half an hour in, a facilitator logs two injects on a phone.
        clock.set(exercise.startsAt().plusMinutes(30).toInstant());
        signIn("planner", "demo");
        resize(390, 844);
        open("exercises/" + id + "/log");
        click(By.cssSelector("vaadin-button.start-outline"));
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-button.mark-delivered"))
                                .size()
                        >= 2);
        click(By.cssSelector("vaadin-button.mark-delivered"));
        waiting().until(d -> d.findElements(By.cssSelector(".inject-delivered")).size() == 1);
        click(By.cssSelector("vaadin-button.mark-delivered"));
        waiting().until(d -> d.findElements(By.cssSelector(".inject-delivered")).size() == 2);
        type(By.cssSelector("vaadin-text-field.attendee-name input"), "Sample contact " + run + " A");
        type(By.cssSelector("vaadin-combo-box.attendee-organisation-field input"), "Sample Water Company " + run);
        click(By.cssSelector("vaadin-button.add-attendee"));
        waiting()
                .until(d -> d.findElements(By.cssSelector(".attendee-organisation")).stream()
                        .anyMatch(e -> e.getText().contains("Sample contact " + run + " A")));
        Object sideways = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(sideways).as("the day log scrolls sideways at 390 px").isEqualTo(false);

        // After: the planner marks it held, records the results, adds an action and produces the report.
        clock.set(exercise.endsAt().plusHours(1).toInstant());
        resize(1280, 900);
        open("exercises/" + id);
        click(By.xpath("//vaadin-button[normalize-space()='Mark held']"));
        click(By.cssSelector("vaadin-button.confirm-held"));
        waiting().until(d -> asPlanner(() -> exercises.find(id).orElseThrow().heldOn()) != null);
        for (String element : ELEMENTS) {
            recordElement(id, element);
        }
        String action = "Sample action " + run + ": refresh the call-out list";
        asPlanner(() -> exercises.addAction(
                id, action, "Emergency planning team", exercises.today().plusMonths(1)));

        open("exercises/" + id + "/report");
        click(By.cssSelector("vaadin-button.produce-report"));
        WebElement pdfLink =
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.report-pdf")));
        String pdf = PdfReading.text(download(pdfLink.getAttribute("href")));
        assertThat(pdf).contains(ELEMENTS.toArray(String[]::new));
        assertThat(pdf)
                .contains(
                        "Sample Water Company " + run,
                        "accepted: Sample contact " + run + " A",
                        "Sample Ambulance Trust " + run,
                        "Sample Police Force " + run,
                        action,
                        "Emergency planning team");
        // Holding the exercise is not calling it off: no invitee is told it is cancelled.
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ? and subject like 'Cancelled:%'")
                        .param(three.getFirst().email())
                        .query(Long.class)
                        .single())
                .isZero();

        // The plan's coverage matrix shows the elements tested by this exercise.
        open("plans/" + plan + "/coverage");
        WebElement matrix = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.coverage-matrix")));
        waiting().until(d -> matrix.getText().contains(exercise.name()));
        String cells =
                driver.findElements(By.cssSelector("vaadin-grid.coverage-matrix vaadin-grid-cell-content")).stream()
                        .map(WebElement::getText)
                        .collect(Collectors.joining("|"));
        for (String element : ELEMENTS) {
            assertThat(cells).contains(element);
        }
        assertThat(cells).contains("(met)");
    }

    /** On the exercise's elements page: chooses an element and records it with the page's default result. */
    private void recordElement(long id, String element) {
        open("exercises/" + id + "/elements");
        WebElement choice = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-combo-box.element-choice input")));
        choice.click();
        choice.sendKeys(element);
        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[normalize-space()='" + element + "']")));
        choice.sendKeys(Keys.ENTER);
        waitForVaadin();
        click(By.cssSelector("vaadin-button.record-element"));
        waiting()
                .until(d -> d.findElement(By.cssSelector("vaadin-grid.element-marks"))
                        .getText()
                        .contains(element));
    }

    private byte[] download(String href) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        return response.body();
    }
}
