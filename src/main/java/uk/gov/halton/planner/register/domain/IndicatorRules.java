package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Traffic lights and direction of travel. A light compares with the target, only where there is one and the
 * polarity says which way is good; the arrow compares with the same period last year, never with the target.
 */
public final class IndicatorRules {

    private static final BigDecimal AMBER_BAND = new BigDecimal("0.10");

    private IndicatorRules() {}

    public static TrafficLight light(Polarity polarity, BigDecimal target, BigDecimal actual) {
        if (polarity == Polarity.NEITHER || target == null || actual == null) {
            return TrafficLight.NONE;
        }
        BigDecimal band = target.abs().multiply(AMBER_BAND);
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            if (actual.compareTo(target) >= 0) {
                return TrafficLight.GREEN;
            }
            return actual.compareTo(target.subtract(band)) >= 0 ? TrafficLight.AMBER : TrafficLight.RED;
        }
        if (actual.compareTo(target) <= 0) {
            return TrafficLight.GREEN;
        }
        return actual.compareTo(target.add(band)) <= 0 ? TrafficLight.AMBER : TrafficLight.RED;
    }

    public static Direction direction(Polarity polarity, BigDecimal now, BigDecimal sameTimeLastYear) {
        if (now == null || sameTimeLastYear == null) {
            return Direction.NONE;
        }
        int cmp = now.compareTo(sameTimeLastYear);
        Direction.Arrow arrow = cmp > 0 ? Direction.Arrow.UP : cmp < 0 ? Direction.Arrow.DOWN : Direction.Arrow.SAME;
        if (polarity == Polarity.NEITHER || cmp == 0) {
            return new Direction(arrow, Direction.Judgement.NEUTRAL);
        }
        boolean better = (polarity == Polarity.HIGHER_IS_BETTER) == (cmp > 0);
        return new Direction(arrow, better ? Direction.Judgement.BETTER : Direction.Judgement.WORSE);
    }

    /** The year-to-date figure at the end of a quarter, or null when a quarter it needs is missing. */
    public static BigDecimal toDate(QuarterlyMode mode, List<BigDecimal> quarters, int quarter) {
        if (mode != QuarterlyMode.FOR_THE_QUARTER) {
            return quarters.get(quarter - 1);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int q = 1; q <= quarter; q++) {
            if (quarters.get(q - 1) == null) {
                return null;
            }
            sum = sum.add(quarters.get(q - 1));
        }
        return sum;
    }

    /** The part of the year's target due by the end of a quarter: a quarter's share for sums, the whole for levels. */
    public static BigDecimal targetToDate(QuarterlyMode mode, BigDecimal yearTarget, int quarter) {
        if (yearTarget == null || mode == QuarterlyMode.AT_QUARTER_END) {
            return yearTarget;
        }
        return yearTarget.multiply(BigDecimal.valueOf(quarter)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }

    /** The year's actual: as entered, or else from four quarters when all are in. */
    public static BigDecimal yearActual(QuarterlyMode mode, BigDecimal entered, List<BigDecimal> quarters) {
        if (entered != null) {
            return entered;
        }
        return toDate(mode, quarters, 4);
    }
}
