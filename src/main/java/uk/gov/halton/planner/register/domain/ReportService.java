package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.FinancialYear;

/** Builds the quarterly reports and the indicator table from the register, its figures and its progress. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportService {

    /** One row of the indicator table in the seed's layout, for a chosen financial year. */
    public record TableRow(
            Indicator indicator,
            BigDecimal previousYearActual,
            BigDecimal target,
            BigDecimal actual,
            BigDecimal nextYearTarget,
            TrafficLight light,
            Direction direction,
            boolean sample) {}

    private final RegisterService register;
    private final FigureService figures;
    private final ProgressService progress;
    private final ComahLink comah;
    private final Clock clock;

    ReportService(
            RegisterService register, FigureService figures, ProgressService progress, ComahLink comah, Clock clock) {
        this.register = register;
        this.figures = figures;
        this.progress = progress;
        this.comah = comah;
        this.clock = clock;
    }

    public List<TableRow> table(FinancialYear year) {
        Map<Long, YearFigures> previous = figures.allFor(year.previous());
        Map<Long, YearFigures> current = figures.allFor(year);
        Map<Long, YearFigures> next = figures.allFor(year.next());
        List<TableRow> rows = new ArrayList<>();
        for (Indicator i : register.indicators()) {
            YearFigures p = previous.getOrDefault(i.getId(), YearFigures.EMPTY);
            YearFigures c = current.getOrDefault(i.getId(), YearFigures.EMPTY);
            YearFigures n = next.getOrDefault(i.getId(), YearFigures.EMPTY);
            BigDecimal prevActual = IndicatorRules.yearActual(i.getQuarterlyMode(), p.enteredActual(), p.quarters());
            BigDecimal actual = IndicatorRules.yearActual(i.getQuarterlyMode(), c.enteredActual(), c.quarters());
            rows.add(new TableRow(
                    i,
                    prevActual,
                    c.target(),
                    actual,
                    n.target(),
                    IndicatorRules.light(i.getPolarity(), c.target(), actual),
                    IndicatorRules.direction(i.getPolarity(), actual, prevActual),
                    p.sample() || c.sample() || n.sample()));
        }
        return rows;
    }

    public QuarterlyReport report(ReportTheme theme, FinancialYear year, int quarter) {
        FinancialYear.checkQuarter(quarter);
        List<RegisterText> kds = register.texts(TextKind.KEY_DEVELOPMENT).stream()
                .filter(t -> theme.keyDevelopmentIds().contains(t.getSourceId()))
                .toList();
        List<RegisterText> eis =
                theme == ReportTheme.COMAH_EMERGENCY_PLANNING ? List.of() : register.texts(TextKind.EMERGING_ISSUE);
        List<QuarterlyReport.MilestoneRow> milestoneRows = new ArrayList<>();
        for (Objective o : register.objectives()) {
            for (Milestone m : register.milestones(o.getId())) {
                if (theme.slug().equals(m.getTheme())) {
                    milestoneRows.add(new QuarterlyReport.MilestoneRow(
                            o.getRef() == null ? "No reference" : o.getRef(),
                            o.getId(),
                            m,
                            progress.progress(m, year, quarter)));
                }
            }
        }
        Map<Long, YearFigures> previous = figures.allFor(year.previous());
        Map<Long, YearFigures> current = figures.allFor(year);
        List<QuarterlyReport.IndicatorRow> indicatorRows = new ArrayList<>();
        for (Indicator i : register.indicators()) {
            if (!theme.slug().equals(i.getTheme())) {
                continue;
            }
            YearFigures p = previous.getOrDefault(i.getId(), YearFigures.EMPTY);
            YearFigures c = current.getOrDefault(i.getId(), YearFigures.EMPTY);
            BigDecimal toDate = IndicatorRules.toDate(i.getQuarterlyMode(), c.quarters(), quarter);
            BigDecimal targetToDate = IndicatorRules.targetToDate(i.getQuarterlyMode(), c.target(), quarter);
            String note = i.isComputed() && !comah.isLinked() ? ComahLink.NOT_LINKED_PLANS : null;
            indicatorRows.add(new QuarterlyReport.IndicatorRow(
                    i,
                    IndicatorRules.yearActual(i.getQuarterlyMode(), p.enteredActual(), p.quarters()),
                    c.target(),
                    c.quarter(quarter),
                    toDate,
                    targetToDate,
                    IndicatorRules.light(i.getPolarity(), targetToDate, toDate),
                    IndicatorRules.direction(i.getPolarity(), c.quarter(quarter), p.quarter(quarter)),
                    c.sample() || p.sample(),
                    note));
        }
        boolean sample = indicatorRows.stream().anyMatch(QuarterlyReport.IndicatorRow::sample)
                || milestoneRows.stream().anyMatch(r -> r.progress().sample());
        RegisterText priority = register.priority().orElse(null);
        return new QuarterlyReport(
                theme,
                year,
                quarter,
                priority == null ? "Safer Halton" : priority.getGroupTitle(),
                priority == null ? "" : priority.getIntro(),
                kds,
                eis,
                milestoneRows,
                indicatorRows,
                sample,
                clock.instant());
    }

    public int currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return FinancialYear.quarterOf(today);
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(java.time.LocalDate.now(clock));
    }
}
