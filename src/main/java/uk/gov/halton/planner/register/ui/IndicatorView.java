package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.FigureInput;
import uk.gov.halton.planner.register.domain.FigureRevision;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.IndicatorRules;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.ReportTheme;
import uk.gov.halton.planner.register.domain.YearFigures;
import uk.gov.halton.planner.register.report.TrendChart;

/** One indicator: its settings, its figures by year, a trend chart, its revision history and linked objectives. */
@Route("register/indicators/:ref")
@PageTitle("Indicator")
@PermitAll
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver {

    private final RegisterService register;
    private final FigureService figures;
    private final ComahLink comah;
    private final AuthenticationContext auth;
    private Indicator indicator;

    public IndicatorView(RegisterService register, FigureService figures, ComahLink comah, AuthenticationContext auth) {
        this.register = register;
        this.figures = figures;
        this.comah = comah;
        this.auth = auth;
        addClassName("register-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indicator = event.getRouteParameters()
                .get("ref")
                .flatMap(register::indicatorBySlug)
                .orElseThrow(() -> new NotFoundException("There is no such indicator in the register."));
        render();
    }

    private void render() {
        removeAll();
        add(new Anchor("register/indicators", "← Indicator table"));
        add(new H2(indicator.getRef() + ": " + indicator.getDescription()));
        add(new Paragraph("Report theme: "
                + ReportTheme.fromSlug(indicator.getTheme())
                        .map(ReportTheme::title)
                        .orElse("none")));
        add(settings());
        if (indicator.isComputed()) {
            Paragraph computed =
                    new Paragraph("Computed each quarter from the plans module: the share of COMAH off-site plans "
                            + "tested within three years."
                            + (comah.isLinked()
                                    ? ""
                                    : " " + ComahLink.NOT_LINKED_PLANS + ", so it has no figures yet."));
            if (comah.isLinked()) {
                Bits.muted(computed);
            } else {
                Bits.notice(computed, false);
            }
            add(computed);
        } else if (Bits.canEnter(auth)) {
            add(new Anchor(FigureEntryView.link(indicator.getRef()), "Enter figures for " + indicator.getRef()));
        }
        add(figuresTable(), chart(), linkedObjectives(), revisions());
    }

    private Div settings() {
        Div box = new Div();
        box.add(new Paragraph("Unit: " + indicator.getUnit() + ". Polarity: "
                + indicator.getPolarity().label() + ". Quarterly figures: "
                + indicator.getQuarterlyMode().label().toLowerCase() + "."));
        if (!indicator.isMetadataConfirmed()) {
            Span flag = new Span(Bits.SYSTEM_DEFAULTS);
            Bits.notice(flag, true);
            box.add(flag);
        }
        if (Bits.isAdmin(auth)) {
            Button edit = new Button("Edit settings", e -> editSettings());
            edit.addClassName("no-print");
            box.add(new Div(edit));
        }
        return box;
    }

    private void editSettings() {
        IndicatorSettingsDialog.open(register, indicator, updated -> {
            indicator = updated;
            render();
        });
    }

    private FinancialYear currentYear() {
        return FinancialYear.of(figures.today());
    }

    private Div figuresTable() {
        NativeTable table = Bits.table(
                "Figures by financial year (" + indicator.getUnit() + ")",
                List.of(
                        "Financial year",
                        "Target",
                        "Q1",
                        "Q2",
                        "Q3",
                        "Q4",
                        "Year actual",
                        "Against target",
                        "On last year"));
        FinancialYear current = currentYear();
        for (int i = 3; i >= -1; i--) {
            FinancialYear year = new FinancialYear(current.startYear() - i);
            YearFigures f = figures.yearFigures(indicator, year);
            YearFigures prev = figures.yearFigures(indicator, year.previous());
            var actual = IndicatorRules.yearActual(indicator.getQuarterlyMode(), f.enteredActual(), f.quarters());
            var prevActual =
                    IndicatorRules.yearActual(indicator.getQuarterlyMode(), prev.enteredActual(), prev.quarters());
            NativeTableRow row = table.getBody().addRow();
            Bits.cell(row, year.label() + (f.sample() ? " (SAMPLE)" : ""));
            Bits.numberCell(row, f.target());
            for (int q = 1; q <= 4; q++) {
                Bits.numberCell(row, f.quarter(q));
            }
            Bits.numberCell(row, actual);
            Bits.cell(row, Bits.light(IndicatorRules.light(indicator.getPolarity(), f.target(), actual)));
            Bits.cell(row, Bits.arrow(IndicatorRules.direction(indicator.getPolarity(), actual, prevActual)));
        }
        Div figuresTable = new Div(new H3("Figures"), Bits.cardsOnAPhone(table));
        figuresTable.setWidthFull();
        return figuresTable;
    }

    private Div chart() {
        List<TrendChart.Point> points = new ArrayList<>();
        FinancialYear current = currentYear();
        for (int i = 2; i >= 0; i--) {
            FinancialYear year = new FinancialYear(current.startYear() - i);
            YearFigures f = figures.yearFigures(indicator, year);
            for (int q = 1; q <= 4; q++) {
                points.add(new TrendChart.Point("Q" + q + " " + year.label(), f.quarter(q), f.sample()));
            }
        }
        String title = "Trend of " + indicator.getRef();
        Svg svg = new Svg(TrendChart.svg(title, indicator.getUnit(), points));
        Div holder = new Div(svg);
        holder.addClassName("trend-chart");
        Paragraph alternative = new Paragraph(TrendChart.textAlternative(indicator.getUnit(), points));
        Bits.muted(alternative);
        alternative.setId("trend-text");
        return new Div(new H3("Trend"), holder, alternative);
    }

    private Div linkedObjectives() {
        Div box = new Div(new H3("Objectives linked to this indicator"));
        var linked = register.linkedObjectives(indicator.getId());
        if (linked.isEmpty()) {
            box.add(new Paragraph("None yet."));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(
                    o -> list.add(new ListItem(new Anchor(RegisterLinks.objective(o.getId()), o.getDisplayRef()))));
            box.add(list);
        }
        return box;
    }

    private Div revisions() {
        Div box = new Div(new H3("Revisions to past periods"));
        List<FigureRevision> history = figures.history(indicator.getId());
        if (history.isEmpty()) {
            box.add(new Paragraph("No figure of a past period has been revised."));
            return box;
        }
        NativeTable table = Bits.table(null, List.of("When", "Who", "Period", "Figure", "Old", "New", "Reason"));
        for (FigureRevision r : history) {
            NativeTableRow row = table.getBody().addRow();
            Bits.cell(row, Dates.shortDayTime(r.getChangedAt()));
            Bits.cell(row, r.getChangedBy());
            Bits.cell(row, FigureInput.periodLabel(r.getPeriod()) + " " + new FinancialYear(r.getFyStart()).label());
            Bits.cell(row, r.getKind().name().toLowerCase());
            Bits.numberCell(row, r.getOldAmount());
            Bits.numberCell(row, r.getNewAmount());
            Bits.cell(row, r.getReason());
        }
        box.add(table);
        return box;
    }
}
