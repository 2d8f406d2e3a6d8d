package uk.gov.halton.planner.register;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.halton.planner.base.FinancialYear;

/**
 * What the register needs to know from the exercise programme and the plans, as of a date. The register's PPT 06
 * milestone and its local COMAH indicator are computed from this port when a bean implementing it exists; without
 * one the register says that it is not yet linked and shows no progress. The planning modules implement it.
 */
public interface ComahProgrammeFacts {

    /** Where PPT 06 stands for a financial year as known on {@code asOf} (the programme's own verdict). */
    Ppt06Facts factsFor(FinancialYear year, LocalDate asOf);

    /**
     * The share (0.0 to 1.0) of COMAH off-site plans in force on {@code quarterEnd} whose last test was within the
     * three years before it; empty when there were no plans to count.
     */
    Optional<Double> shareOfPlansTestedWithinThreeYears(LocalDate quarterEnd);

    /** The test reports of exercises held in the financial year, the evidence behind the milestone. */
    default java.util.List<ComahTestReport> testReports(FinancialYear year) {
        return java.util.List.of();
    }
}
