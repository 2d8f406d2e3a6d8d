package uk.gov.halton.planner.register.domain;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.PlainText;

/**
 * One figure to save: an indicator's actual or target for a year (period 0) or an actual for a quarter (1 to 4).
 * A null amount clears the figure. A reason is required to change a figure of a period that has ended. {@code seen}
 * is the figure as the form showed it when opened: the save is refused if someone changed it since (null: not checked,
 * as for a CSV import, which replaces what is there by design).
 */
public record FigureInput(
        String indicatorRef,
        FinancialYear year,
        int period,
        FigureKind kind,
        BigDecimal amount,
        boolean sample,

        @Size(max = FigureService.MAX_REASON, message = "A reason has at most {max} characters.")
        @PlainText("The reason")
        String reason,

        Seen seen) {

    /** What the form showed for this figure when it was opened; a null amount means there was none. */
    public record Seen(BigDecimal amount) {}

    public FigureInput(
            String indicatorRef,
            FinancialYear year,
            int period,
            FigureKind kind,
            BigDecimal amount,
            boolean sample,
            String reason) {
        this(indicatorRef, year, period, kind, amount, sample, reason, null);
    }

    public static String periodLabel(int period) {
        return period == Figure.YEAR ? "Year" : "Q" + period;
    }
}
