package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.Inject;

/**
 * On the day, a facilitator opens the live log on a phone (390 px wide): starts the timeline from the template's
 * outline, marks two injects delivered, logs a decision and records who attended; nothing scrolls sideways. The
 * exercise is a non-test exercise of its own, cancelled at the end, so other journeys' counts do not change.
 */
class DayLogJourneyTest extends BrowserTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    DayLogService log;

    @Test
    void aFacilitatorLogsTwoInjectsOnAPhone() {
        long id = ExerciseFixture.scheduled(exercises, "Day log journey tabletop", "emerald-kalama", exercises.today())
                .id();
        try {
            signIn("planner", "demo");
            resize(390, 844);
            open("exercises/" + id + "/log");
            click(By.cssSelector("vaadin-button.start-outline"));
            waiting()
                    .until(d -> d.findElements(By.cssSelector("vaadin-button.mark-delivered"))
                                    .size()
                            >= 2);

            click(By.cssSelector("vaadin-button.mark-delivered"));
            waiting()
                    .until(d ->
                            d.findElements(By.cssSelector(".inject-delivered")).size() == 1);
            click(By.cssSelector("vaadin-button.mark-delivered"));
            waiting()
                    .until(d ->
                            d.findElements(By.cssSelector(".inject-delivered")).size() == 2);
            assertThat(driver.findElements(By.cssSelector(".inject-delivered")))
                    .allSatisfy(e -> assertThat(e.getText()).matches("Delivered \\d{2}:\\d{2} by planner"));

            type(By.cssSelector("vaadin-text-area.log-text textarea"), "Gold command opened at the council");
            click(By.cssSelector("vaadin-button.add-log-entry"));
            waiting()
                    .until(d -> d.findElements(By.cssSelector(".log-entry")).stream()
                            .anyMatch(e -> e.getText().contains("Observation: Gold command opened at the council")));

            type(By.cssSelector("vaadin-text-field.attendee-name input"), "Sam Okafor");
            type(
                    By.cssSelector("vaadin-combo-box.attendee-organisation-field input"),
                    "Cheshire Fire and Rescue Service");
            click(By.cssSelector("vaadin-button.add-attendee"));
            waiting()
                    .until(d -> d.findElements(By.cssSelector(".attendee-organisation")).stream()
                            .anyMatch(e -> e.getText().equals("Cheshire Fire and Rescue Service (1): Sam Okafor")));

            Number scrollWidth =
                    (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue())
                    .as("no sideways scroll at 390 px")
                    .isLessThanOrEqualTo(391);
            assertThat(seriousAccessibilityViolations()).as("day log at 390 px").isEmpty();

            List<Inject> injects = asPlanner(() -> log.injects(id));
            assertThat(injects.stream().filter(Inject::delivered)).hasSize(2);
            assertThat(asPlanner(() -> log.entries(id))).hasSize(1);
        } finally {
            asPlanner(() -> exercises.cancel(id, "End of the day-log journey"));
        }
    }
}
