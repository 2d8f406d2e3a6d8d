package uk.gov.halton.planner.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.sites.SiteService;

/**
 * On a phone the site register lists every site within the page, which scrolls: the table does not scroll inside
 * itself, which hid its last row below its own bottom edge.
 */
class SiteRegisterPhoneJourneyTest extends BrowserTest {

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

    @Test
    void onAPhoneTheTableShowsEverySiteAndThePageScrolls() {
        signIn("partner", "demo");
        resize(390, 844);
        open("site-register");
        int count = sites.findAll().size();
        waiting()
                .until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                        .isEmpty());
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) ((JavascriptExecutor) driver).executeScript(TABLE);
        assertThat(table.get(0).intValue())
                .as("the table scrolls inside itself")
                .isLessThanOrEqualTo(1);
        assertThat(table.get(1).intValue()).as("rows shown").isEqualTo(count);
        assertThat(table.get(2).intValue())
                .as("the last row ends inside the table")
                .isGreaterThanOrEqualTo(0);
    }
}
