package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.register.domain.CsvImportException;
import uk.gov.halton.planner.register.domain.FigureCsv;
import uk.gov.halton.planner.register.domain.FigureInput;
import uk.gov.halton.planner.register.domain.FigureKind;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.Milestone;
import uk.gov.halton.planner.register.domain.Polarity;
import uk.gov.halton.planner.register.domain.ProgressService;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.QuarterlyMode;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.ReportService;
import uk.gov.halton.planner.register.domain.ReportTheme;
import uk.gov.halton.planner.register.report.ReportPdf;

/** Figures, progress, CSV and reports through the services, with the roles that may and may not write. */
@PlannerContextTest
class RegisterServicesTest {

    @Autowired
    FigureService figures;

    @Autowired
    FigureCsv csv;

    @Autowired
    ProgressService progress;

    @Autowired
    RegisterService register;

    @Autowired
    ReportService reports;

    @Autowired
    uk.gov.halton.planner.register.domain.ComahLink comah;

    private FinancialYear thisYear() {
        return FinancialYear.of(figures.today());
    }

    private int thisQuarter() {
        LocalDate today = figures.today();
        return FinancialYear.quarterOf(today);
    }

    private BigDecimal quarter(String ref, FinancialYear year, int q) {
        Indicator indicator = register.indicatorByRef(ref).orElseThrow();
        return figures.yearFigures(indicator, year).quarter(q);
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerReadsButEveryWriteIsRefused() {
        FigureInput input =
                new FigureInput("CE LI 13", thisYear(), thisQuarter(), FigureKind.ACTUAL, BigDecimal.ONE, false, null);
        assertThatThrownBy(() -> figures.save(List.of(input))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> csv.importCsv("indicator,financial_year,period,kind,amount\nCE LI 13,"
                        + thisYear().label() + ",Year,target,5\n"))
                .isInstanceOf(AuthorizationDeniedException.class);
        Milestone milestone =
                register.milestones(register.objectives().get(1).getId()).getFirst();
        assertThatThrownBy(() -> progress.record(
                        milestone.getId(), thisYear(), thisQuarter(), ProgressStatus.ON_COURSE, "x", false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> register.setLinkedIndicators(
                        register.objectives().getFirst().getId(), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        Indicator indicator = register.indicatorByRef("CE LI 13").orElseThrow();
        assertThatThrownBy(() -> register.updateIndicatorSettings(
                        indicator.getId(), "count", Polarity.NEITHER, QuarterlyMode.FOR_THE_QUARTER, true))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(register.objectives()).hasSize(5);
        assertThat(csv.export()).startsWith("indicator,financial_year,period,kind,amount,sample,reason");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerCannotChangeTheRegistersStructure() {
        assertThatThrownBy(() -> register.setLinkedIndicators(
                        register.objectives().getFirst().getId(), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void countsAreWholeAndNotNegativeAndQuartersMustHaveBegun() {
        FinancialYear year = thisYear();
        int q = thisQuarter();
        assertThatThrownBy(() -> figures.save(List.of(
                        new FigureInput("CE LI 14", year, q, FigureKind.ACTUAL, new BigDecimal("-1"), false, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> figures.save(List.of(
                        new FigureInput("CE LI 14", year, q, FigureKind.ACTUAL, new BigDecimal("2.5"), false, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("whole");
        assertThatThrownBy(() -> figures.save(List.of(
                        new FigureInput("CE LI 14", year.next(), 1, FigureKind.ACTUAL, BigDecimal.ONE, false, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not begun");
        assertThatThrownBy(() -> figures.save(
                        List.of(new FigureInput("CE LI 14", year, 1, FigureKind.TARGET, BigDecimal.ONE, false, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("whole year");
        assertThatThrownBy(() -> figures.save(List.of(
                        new FigureInput("EP LOCAL 1", year, q, FigureKind.ACTUAL, BigDecimal.ONE, false, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("computed");
        assertThat(figures.save(List.of(
                        new FigureInput("CE LI 14", year, q, FigureKind.ACTUAL, new BigDecimal("3"), false, null))))
                .isEqualTo(1);
        assertThat(quarter("CE LI 14", year, q)).isEqualByComparingTo("3");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void revisingAPastQuarterAsksForAReasonAndKeepsTheHistory() {
        FinancialYear last = thisYear().previous();
        Indicator indicator = register.indicatorByRef("CE LI 15").orElseThrow();
        figures.save(
                List.of(new FigureInput("CE LI 15", last, 2, FigureKind.ACTUAL, new BigDecimal("10"), false, null)));
        assertThatThrownBy(() -> figures.save(List.of(
                        new FigureInput("CE LI 15", last, 2, FigureKind.ACTUAL, new BigDecimal("12"), false, " "))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(quarter("CE LI 15", last, 2)).isEqualByComparingTo("10");

        figures.save(List.of(new FigureInput(
                "CE LI 15", last, 2, FigureKind.ACTUAL, new BigDecimal("12"), false, "Late police data")));
        assertThat(quarter("CE LI 15", last, 2)).isEqualByComparingTo("12");
        assertThat(figures.history(indicator.getId())).singleElement().satisfies(r -> {
            assertThat(r.getOldAmount()).isEqualByComparingTo("10");
            assertThat(r.getNewAmount()).isEqualByComparingTo("12");
            assertThat(r.getReason()).isEqualTo("Late police data");
            assertThat(r.getChangedBy()).isEqualTo("officer");
        });
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aCsvImportIsAllOrNothingAndListsProblemsByRowAndColumn() {
        String y = thisYear().label();
        String bad = "indicator,financial_year,period,kind,amount,sample,reason\n"
                + "CE LI 16," + y + ",Year,target,40,no,\n"
                + "CE LI 99," + y + ",Year,target,4,no,\n"
                + "CE LI 16," + y + ",Q9,actual,4,no,\n"
                + "CE LI 17," + y + ",Year,target,-3,no,\n";
        assertThatThrownBy(() -> csv.importCsv(bad))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(CsvImportException.Problem::toString)
                                .containsExactly(
                                        "Row 3, column indicator: There is no indicator 'CE LI 99'.",
                                        "Row 4, column period: 'Q9' is not Year or Q1 to Q4",
                                        "Row 5, column amount: CE LI 17 Year " + y + ": a figure cannot be negative."));
        Indicator li16 = register.indicatorByRef("CE LI 16").orElseThrow();
        assertThat(figures.yearFigures(li16, thisYear()).target())
                .as("nothing imported")
                .isNull();

        String good = "indicator,financial_year,period,kind,amount,sample,reason\n"
                + "CE LI 16," + y + ",Year,target,40,no,\n"
                + "=HYPERLINK(\"x\")," + y + ",Year,target,1,no,\n";
        assertThatThrownBy(() -> csv.importCsv(good)).isInstanceOf(CsvImportException.class);
        assertThat(csv.importCsv(good.substring(0, good.indexOf("=")))).isEqualTo(1);
        assertThat(figures.yearFigures(li16, thisYear()).target()).isEqualByComparingTo("40");
        assertThat(csv.export()).contains("CE LI 16," + y + ",Year,target,40,no,");
        assertThat(FigureCsv.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(FigureCsv.safe("@cmd")).isEqualTo("'@cmd");
        assertThat(FigureCsv.safe("No. of")).isEqualTo("No. of");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void progressNeedsACommentaryAndPpt06TakesNone() {
        Milestone asb =
                register.milestones(register.objectives().get(1).getId()).get(2);
        assertThatThrownBy(() ->
                        progress.record(asb.getId(), thisYear(), thisQuarter(), ProgressStatus.UNCERTAIN, " ", false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("commentary"));
        progress.record(
                asb.getId(), thisYear(), thisQuarter(), ProgressStatus.UNCERTAIN, "Beat meetings paused in May", false);
        var shown = progress.progress(asb, thisYear(), thisQuarter());
        assertThat(shown.status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(shown.author()).isEqualTo("officer");

        Milestone ppt06 =
                register.milestones(register.objectives().getLast().getId()).getFirst();
        assertThat(ppt06.isComahLinked()).isTrue();
        assertThatThrownBy(() ->
                        progress.record(ppt06.getId(), thisYear(), thisQuarter(), ProgressStatus.ON_COURSE, "x", false))
                .isInstanceOf(InvalidInputException.class);
        // The exercise programme supplies PPT 06's progress: it is computed, never typed in.
        var ppt = progress.progress(ppt06, thisYear(), thisQuarter());
        assertThat(ppt.isPresent()).isTrue();
        assertThat(ppt.computed()).isTrue();
        assertThat(ppt.author()).isEqualTo("Exercise programme");
        assertThat(ppt.status())
                .isEqualTo(comah.ppt06(thisYear(), thisQuarter(), figures.today())
                        .orElseThrow()
                        .status());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void eachThemedReportCarriesItsMilestonesAndIndicatorsAndRendersAsPdf() throws Exception {
        QuarterlyReport comah = reports.report(ReportTheme.COMAH_EMERGENCY_PLANNING, thisYear(), thisQuarter());
        assertThat(comah.milestones())
                .singleElement()
                .satisfies(r -> assertThat(r.objectiveRef()).isEqualTo("PPT 06"));
        assertThat(comah.indicators()).extracting(r -> r.indicator().getRef()).containsExactly("EP LOCAL 1");
        assertThat(comah.indicators().getFirst().note()).isNotEqualTo("Not yet linked to the plans module");

        assertThat(reports.report(ReportTheme.HATE_CRIME, thisYear(), 1).indicators())
                .extracting(r -> r.indicator().getRef())
                .containsExactly("CE LI 41", "CE LI 42", "CE LI 43");
        assertThat(reports.report(ReportTheme.CCTV, thisYear(), 1).milestones()).hasSize(4);
        assertThat(reports.report(ReportTheme.ALCOHOL_LICENSING, thisYear(), 1).milestones())
                .hasSize(6);
        assertThat(reports.report(ReportTheme.DOMESTIC_ABUSE, thisYear(), 1).milestones())
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.objectiveRef()).isEqualTo("No reference"));
        assertThat(reports.report(ReportTheme.ANTI_SOCIAL_BEHAVIOUR, thisYear(), 1)
                        .milestones())
                .hasSize(9);

        figures.save(List.of(
                new FigureInput(
                        "CE LI 39",
                        thisYear(),
                        Math.max(1, thisQuarter()),
                        FigureKind.ACTUAL,
                        new BigDecimal("17"),
                        true,
                        null),
                new FigureInput("CE LI 39", thisYear(), 0, FigureKind.TARGET, new BigDecimal("60"), true, null)));
        QuarterlyReport da = reports.report(ReportTheme.DOMESTIC_ABUSE, thisYear(), thisQuarter());
        assertThat(da.sample()).isTrue();
        byte[] pdf = ReportPdf.render(da);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "register-report-domestic-abuse.pdf"), pdf);
        Files.write(Path.of("target", "register-report-comah.pdf"), ReportPdf.render(comah));
        // Tidy: the figures were sample data for this test only.
        figures.save(List.of(
                new FigureInput(
                        "CE LI 39", thisYear(), Math.max(1, thisQuarter()), FigureKind.ACTUAL, null, true, null),
                new FigureInput("CE LI 39", thisYear(), 0, FigureKind.TARGET, null, true, null)));
    }
}
