package uk.gov.halton.planner.exercises.integration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.exercises.TestReport;
import uk.gov.halton.planner.exercises.TestReportService;
import uk.gov.halton.planner.exercises.YearCompliance;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.TestCoverage;
import uk.gov.halton.planner.register.ComahProgrammeFacts;
import uk.gov.halton.planner.register.ComahTestReport;
import uk.gov.halton.planner.register.Ppt06Facts;

/** Tells the register's PPT 06 milestone and its local COMAH indicator what the programme and the plans know. */
@Component
class ComahFacts implements ComahProgrammeFacts {

    private final ProgrammeService programme;
    private final PlanService plans;
    private final TestReportService reports;

    ComahFacts(ProgrammeService programme, PlanService plans, TestReportService reports) {
        this.programme = programme;
        this.plans = plans;
        this.reports = reports;
    }

    @Override
    public List<ComahTestReport> testReports(FinancialYear year) {
        return reports.heldIn(year).stream()
                .map(r -> new ComahTestReport("Test report: " + r.exerciseName(), TestReport.link(r.exerciseId())))
                .toList();
    }

    @Override
    public Ppt06Facts factsFor(FinancialYear year, LocalDate asOf) {
        YearCompliance compliance = programme.compliance(year, asOf);
        Ppt06Facts.Standing standing = switch (compliance.state()) {
            case MET -> Ppt06Facts.Standing.HELD;
            case ON_TRACK -> Ppt06Facts.Standing.SCHEDULED;
            case AT_RISK -> Ppt06Facts.Standing.AT_RISK;
            case BREACHED -> Ppt06Facts.Standing.NOT_HELD;
        };
        return new Ppt06Facts(standing, compliance.message());
    }

    @Override
    public Optional<Double> shareOfPlansTestedWithinThreeYears(LocalDate quarterEnd) {
        TestCoverage coverage = plans.coverageAt(quarterEnd);
        return coverage.plans() == 0 ? Optional.empty() : Optional.of(coverage.share());
    }
}
