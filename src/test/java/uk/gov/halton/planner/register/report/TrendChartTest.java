package uk.gov.halton.planner.register.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    @Test
    void everyColourIsALumoTokenSoThatTheChartFollowsTheDarkTheme() {
        String svg = TrendChart.svg(
                "Trend of CE LI 41",
                "count",
                List.of(
                        new TrendChart.Point("Q1 2026/27", new BigDecimal("4"), false),
                        new TrendChart.Point("Q2 2026/27", new BigDecimal("7"), true),
                        new TrendChart.Point("Q3 2026/27", null, false)));

        Matcher colours = Pattern.compile("style=\"(fill|stroke): ([^\"]*)\"").matcher(svg);
        int count = 0;
        while (colours.find()) {
            count++;
            assertThat(colours.group(2)).as(colours.group()).startsWith("var(--lumo-");
        }
        assertThat(count).as("coloured parts of the chart").isGreaterThan(10);
        assertThat(svg).doesNotContain(" fill=\"#").doesNotContain(" stroke=\"#");
    }
}
