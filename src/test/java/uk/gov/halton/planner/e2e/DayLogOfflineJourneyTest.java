package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.exercises.DayLogService;
import uk.gov.halton.planner.exercises.ExerciseFixture;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.LogEntry;

/**
 * The connection drops while a facilitator logs on a phone (Chromium's own network emulation, offline): the
 * observation typed stays on the page marked "Not saved yet" and in the browser's storage, and is stored once when
 * the connection is back, whether the page stayed open or was reloaded first. The exercise is a non-test exercise of
 * its own, cancelled at the end, so other journeys' counts do not change.
 */
class DayLogOfflineJourneyTest extends BrowserTest {

    @Autowired
    ExerciseService exercises;

    @Autowired
    DayLogService log;

    @Test
    void anObservationTypedWithoutAConnectionIsKeptMarkedUnsavedAndStoredOnceWhenItIsBack() {
        long id = ExerciseFixture.scheduled(exercises, "Day log offline tabletop", "emerald-kalama", exercises.today())
                .id();
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            signIn("planner", "demo");
            resize(390, 844);
            open("exercises/" + id + "/log");
            add("Gold command opened at the council");
            waiting().until(d -> entryShown("Observation: Gold command opened at the council"));
            assertThat(pendingCards()).isEmpty();

            // The page stays open while the connection is down and comes back.
            chrome.setNetworkConditions(offline());
            add("Radio check with the fire control room");
            waiting()
                    .until(d -> pendingCards().stream()
                            .anyMatch(c -> c.getText().contains("Not saved yet")
                                    && c.getText().contains("Observation: Radio check with the fire control room")));
            assertThat(stored()).contains(id + ":Radio check with the fire control room");
            assertThat(texts(id)).doesNotContain("Radio check with the fire control room");
            chrome.deleteNetworkConditions();
            waiting().until(d -> entryShown("Observation: Radio check with the fire control room"));
            waiting().until(d -> pendingCards().isEmpty());
            assertThat(stored()).isEmpty();

            // The page is reloaded after the connection is back but before the queued entry is sent.
            chrome.setNetworkConditions(offline());
            add("Evacuation of the school advised");
            waiting()
                    .until(d -> pendingCards().stream()
                            .anyMatch(c -> c.getText().contains("Observation: Evacuation of the school advised")));
            chrome.deleteNetworkConditions();
            driver.navigate().refresh();
            waiting().until(d -> entryShown("Observation: Evacuation of the school advised"));
            waiting().until(d -> pendingCards().isEmpty());
            assertThat(stored()).isEmpty();

            assertThat(texts(id))
                    .containsExactlyInAnyOrder(
                            "Gold command opened at the council",
                            "Radio check with the fire control room",
                            "Evacuation of the school advised");
        } finally {
            chrome.deleteNetworkConditions();
            asPlanner(() -> exercises.cancel(id, "End of the offline day-log journey"));
        }
    }

    private static ChromiumNetworkConditions offline() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }

    /** Types and adds an observation by the keyboard and a tap, without waiting for the server (it may be away). */
    private void add(String text) {
        WebElement area = waiting().until(d -> d.findElement(By.cssSelector("vaadin-text-area.log-text textarea")));
        // Focused rather than clicked: at 390 px a notification or the connection indicator may cover it.
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); " + "arguments[0].focus();", area);
        area.sendKeys(text);
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); " + "arguments[0].click();",
                        driver.findElement(By.cssSelector("vaadin-button.add-log-entry")));
    }

    private boolean entryShown(String text) {
        return driver.findElements(By.cssSelector(".log-entry")).stream()
                .anyMatch(e -> e.getText().contains(text));
    }

    private List<WebElement> pendingCards() {
        return driver.findElements(By.cssSelector(".log-pending"));
    }

    /** What the browser keeps for the planner's exercises, as "exercise:text" lines. */
    @SuppressWarnings("unchecked")
    private List<String> stored() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                for (let i = 0; i < localStorage.length; i++) {
                  const key = localStorage.key(i);
                  if (key.startsWith('planner.daylog.planner.')) {
                    for (const p of JSON.parse(localStorage.getItem(key))) out.push(key.split('.').pop() + ':' + p.text);
                  }
                }
                return out;""");
    }

    private List<String> texts(long id) {
        return asPlanner(() -> log.entries(id)).stream().map(LogEntry::text).toList();
    }
}
