package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaticTableTest {

    @Test
    void cellsAreEscapedAndCarryTheirHeadingForThePhoneLayout() {
        var table = StaticTable.of(
                "checks",
                List.of("Plan", "Check"),
                List.of(List.of(
                        StaticTable.Cell.link("<b>Plan</b> & \"co\"", "plans/a\"b"),
                        StaticTable.Cell.pill(
                                new Kit.Pill("Overdue", Kit.Tone.BAD, null), "<img src=x onerror=alert(1)>"))));

        String html = table.getInnerHtml();
        assertThat(html)
                .doesNotContain("<b>", "<img")
                .contains("&lt;b&gt;Plan&lt;/b&gt; &amp; \"co\"")
                .contains("href=\"plans/a&quot;b\"")
                .contains("data-label=\"Check\"")
                .contains("<span class=\"pill pill-bad\">Overdue</span>");
        assertThat(table.getElement().getTag()).isEqualTo("table");
        assertThat(table.getElement().getAttribute("class"))
                .contains("table-cards")
                .contains("checks");
    }
}
