package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** An indicator's figures for one financial year. Quarter lists have four places, null where there is no figure. */
public record YearFigures(BigDecimal target, BigDecimal enteredActual, List<BigDecimal> quarters, boolean sample) {

    public static final YearFigures EMPTY = new YearFigures(null, null, Arrays.asList(null, null, null, null), false);

    public BigDecimal quarter(int q) {
        return quarters.get(q - 1);
    }

    public boolean isEmpty() {
        return target == null && enteredActual == null && quarters.stream().allMatch(java.util.Objects::isNull);
    }
}
