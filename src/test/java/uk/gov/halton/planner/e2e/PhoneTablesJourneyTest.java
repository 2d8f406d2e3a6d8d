package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.contacts.ContactDetails;
import uk.gov.halton.planner.contacts.ContactService;
import uk.gov.halton.planner.sites.SiteService;

/**
 * On a phone the long tables (the site register, the contacts) list every row within the page, which scrolls: a
 * table that scrolls inside itself hid its last rows below its own bottom edge, in a box a few rows high.
 */
class PhoneTablesJourneyTest extends BrowserTest {

    /** How far the table scrolls inside itself, its rows, and the room between its last row and its bottom edge. */
    private static final String TABLE = """
            const grid = document.querySelector('vaadin-grid');
            const table = grid.shadowRoot.querySelector('#table');
            const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
                .filter(row => !row.hidden && row.getBoundingClientRect().height > 0);
            const last = rows[rows.length - 1].getBoundingClientRect();
            return [table.scrollHeight - table.clientHeight, rows.length,
                    Math.round(grid.getBoundingClientRect().bottom - last.bottom)];
            """;

    @Autowired
    SiteService sites;

    @Autowired
    ContactService contacts;

    @ParameterizedTest
    @ValueSource(strings = {"site-register", "contacts"})
    void onAPhoneTheTableShowsEveryRowAndThePageScrolls(String route) {
        IntSupplier count = () -> asPlanner(() -> route.equals("contacts")
                ? contacts.findAll().size()
                : sites.findAll().size());
        if (route.equals("contacts")) {
            addContactsFillingMoreThanAScreen();
        }
        signIn("planner", "demo");
        resize(390, 844);
        open(route);
        waiting()
                .until(d -> !d.findElements(
                                By.cssSelector("vaadin-grid-cell-content a, vaadin-grid-cell-content vaadin-button"))
                        .isEmpty());
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) ((JavascriptExecutor) driver).executeScript(TABLE);
        assertThat(table.get(0).intValue())
                .as("the table scrolls inside itself")
                .isLessThanOrEqualTo(1);
        assertThat(table.get(1).intValue()).as("rows shown").isEqualTo(count.getAsInt());
        assertThat(table.get(2).intValue())
                .as("the last row ends inside the table")
                .isGreaterThanOrEqualTo(0);
    }

    private void addContactsFillingMoreThanAScreen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        asPlanner(() -> {
            for (int i = 1; i <= 12; i++) {
                contacts.create(new ContactDetails(
                        "Sample organisation " + run,
                        "Sample contact " + i,
                        null,
                        run + "-" + i + "@example.org",
                        null));
            }
            return null;
        });
    }
}
