package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.register.domain.Direction;
import uk.gov.halton.planner.register.domain.IndicatorRules;
import uk.gov.halton.planner.register.domain.Polarity;
import uk.gov.halton.planner.register.domain.QuarterlyMode;
import uk.gov.halton.planner.register.domain.TrafficLight;
import uk.gov.halton.planner.register.report.TrendChart;

class IndicatorRulesTest {

    private static BigDecimal n(int v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void aLightNeedsATargetAndAGoodDirection() {
        assertThat(IndicatorRules.light(Polarity.HIGHER_IS_BETTER, n(100), n(100)))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(IndicatorRules.light(Polarity.HIGHER_IS_BETTER, n(100), n(91)))
                .isEqualTo(TrafficLight.AMBER);
        assertThat(IndicatorRules.light(Polarity.HIGHER_IS_BETTER, n(100), n(89)))
                .isEqualTo(TrafficLight.RED);
        assertThat(IndicatorRules.light(Polarity.LOWER_IS_BETTER, n(100), n(95)))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(IndicatorRules.light(Polarity.LOWER_IS_BETTER, n(100), n(110)))
                .isEqualTo(TrafficLight.AMBER);
        assertThat(IndicatorRules.light(Polarity.LOWER_IS_BETTER, n(100), n(111)))
                .isEqualTo(TrafficLight.RED);
        assertThat(IndicatorRules.light(Polarity.NEITHER, n(100), n(5))).isEqualTo(TrafficLight.NONE);
        assertThat(IndicatorRules.light(Polarity.HIGHER_IS_BETTER, null, n(5))).isEqualTo(TrafficLight.NONE);
        assertThat(IndicatorRules.light(Polarity.HIGHER_IS_BETTER, n(5), null)).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void theArrowComparesWithLastYearAndJudgesOnlyWithAPolarity() {
        assertThat(IndicatorRules.direction(Polarity.HIGHER_IS_BETTER, n(12), n(10)))
                .isEqualTo(new Direction(Direction.Arrow.UP, Direction.Judgement.BETTER));
        assertThat(IndicatorRules.direction(Polarity.LOWER_IS_BETTER, n(12), n(10)))
                .isEqualTo(new Direction(Direction.Arrow.UP, Direction.Judgement.WORSE));
        assertThat(IndicatorRules.direction(Polarity.NEITHER, n(8), n(10)))
                .isEqualTo(new Direction(Direction.Arrow.DOWN, Direction.Judgement.NEUTRAL));
        assertThat(IndicatorRules.direction(Polarity.NEITHER, n(8), null)).isEqualTo(Direction.NONE);
        assertThat(IndicatorRules.direction(Polarity.NEITHER, n(8), n(10)).description())
                .isEqualTo("Down on the same period last year");
    }

    @Test
    void yearToDateFollowsTheQuarterlyMode() {
        List<BigDecimal> forQuarter = Arrays.asList(n(5), n(7), null, null);
        assertThat(IndicatorRules.toDate(QuarterlyMode.FOR_THE_QUARTER, forQuarter, 2))
                .isEqualByComparingTo("12");
        assertThat(IndicatorRules.toDate(QuarterlyMode.FOR_THE_QUARTER, forQuarter, 3))
                .isNull();
        assertThat(IndicatorRules.toDate(QuarterlyMode.CUMULATIVE, Arrays.asList(n(5), n(12), null, null), 2))
                .isEqualByComparingTo("12");
        assertThat(IndicatorRules.targetToDate(QuarterlyMode.FOR_THE_QUARTER, n(100), 1))
                .isEqualByComparingTo("25");
        assertThat(IndicatorRules.targetToDate(QuarterlyMode.AT_QUARTER_END, n(100), 1))
                .isEqualByComparingTo("100");
        assertThat(IndicatorRules.yearActual(QuarterlyMode.FOR_THE_QUARTER, null, List.of(n(1), n(2), n(3), n(4))))
                .isEqualByComparingTo("10");
        assertThat(IndicatorRules.yearActual(QuarterlyMode.CUMULATIVE, null, List.of(n(1), n(2), n(3), n(4))))
                .isEqualByComparingTo("4");
    }

    @Test
    void theTrendChartEscapesEveryTextAndSaysEveryValue() {
        List<TrendChart.Point> points = List.of(
                new TrendChart.Point("Q1 2025/26", n(4), false),
                new TrendChart.Point("Q2 2025/26", null, false),
                new TrendChart.Point("Q3 2025/26", n(9), true));
        String svg = TrendChart.svg("<script>alert('x')</script> & co", "count", points);
        assertThat(svg)
                .startsWith("<svg")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("&amp; co");
        assertThat(svg).contains("role=\"img\"").contains("SAMPLE");
        assertThat(TrendChart.textAlternative("count", points))
                .isEqualTo("Quarterly figures (count): Q1 2025/26 4; Q2 2025/26 no figure; Q3 2025/26 9 (sample).");
    }
}
