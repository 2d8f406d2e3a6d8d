package uk.gov.halton.planner.register.domain;

import uk.gov.halton.planner.base.FinancialYear;

import java.math.BigDecimal;

/**
 * One figure to save: an indicator's actual or target for a year (period 0) or an actual for a quarter (1 to 4).
 * A null amount clears the figure. A reason is required to change a figure of a period that has ended.
 */
public record FigureInput(String indicatorRef, FinancialYear year, int period, FigureKind kind, BigDecimal amount,
                          boolean sample, String reason) {

    public static String periodLabel(int period) {
        return period == Figure.YEAR ? "Year" : "Q" + period;
    }
}
