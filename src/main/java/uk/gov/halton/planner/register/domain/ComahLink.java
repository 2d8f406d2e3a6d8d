package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.ComahProgrammeFacts;

/**
 * The register's side of the link to the exercise programme and the plans. Without a {@link ComahProgrammeFacts}
 * bean, nothing is computed: the register says it is not yet linked rather than invent progress.
 */
@Component
public class ComahLink {

    public static final String NOT_LINKED = "Not yet linked to the exercise programme";
    public static final String NOT_LINKED_PLANS = "Not yet linked to the plans module";

    private final ObjectProvider<ComahProgrammeFacts> facts;

    ComahLink(ObjectProvider<ComahProgrammeFacts> facts) {
        this.facts = facts;
    }

    public boolean isLinked() {
        return facts.getIfAvailable() != null;
    }

    /**
     * PPT 06 progress for a quarter: as known at the quarter's end (or today, for a quarter not yet over). The last
     * quarter of a year that has ended is judged as of today, so that it resolves to achieved or not achieved.
     */
    public Optional<Ppt06Rule.Outcome> ppt06(FinancialYear year, int quarter, LocalDate today) {
        ComahProgrammeFacts source = facts.getIfAvailable();
        if (source == null || today.isBefore(year.quarterStart(quarter))) {
            return Optional.empty();
        }
        return Optional.of(Ppt06Rule.evaluate(source.factsFor(year, asOf(year, quarter, today))));
    }

    static LocalDate asOf(FinancialYear year, int quarter, LocalDate today) {
        if (quarter == 4 && today.isAfter(year.end())) {
            return today;
        }
        return today.isBefore(year.quarterEnd(quarter)) ? today : year.quarterEnd(quarter);
    }

    /** The test reports of the year's COMAH exercises (none when not linked). */
    public java.util.List<uk.gov.halton.planner.register.ComahTestReport> testReports(FinancialYear year) {
        ComahProgrammeFacts source = facts.getIfAvailable();
        return source == null ? java.util.List.of() : source.testReports(year);
    }

    /** The local indicator for a quarter, in per cent, once the quarter has begun. */
    public Optional<BigDecimal> shareTested(FinancialYear year, int quarter, LocalDate today) {
        ComahProgrammeFacts source = facts.getIfAvailable();
        if (source == null || today.isBefore(year.quarterStart(quarter))) {
            return Optional.empty();
        }
        LocalDate asOf = today.isBefore(year.quarterEnd(quarter)) ? today : year.quarterEnd(quarter);
        return source.shareOfPlansTestedWithinThreeYears(asOf)
                .map(share -> BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP));
    }
}
