package uk.gov.halton.planner.register.ui;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.Direction;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.RegisterText;
import uk.gov.halton.planner.register.domain.ReportService;
import uk.gov.halton.planner.register.domain.ReportTheme;
import uk.gov.halton.planner.register.domain.TrafficLight;
import uk.gov.halton.planner.register.report.ReportPdf;

/**
 * The quarterly report for the Safer Halton Partnership on one theme: key developments, milestones with symbols,
 * indicators with traffic lights and arrows, and the key. Printable, and downloadable as a PDF.
 */
@Route("register/report/:theme?/:fy?/:quarter?")
@PageTitle("Quarterly report")
@Menu(order = 43, icon = "vaadin:file-text-o", title = "Quarterly report")
@PermitAll
public class ReportView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;
    QuarterlyReport report;

    public ReportView(ReportService reports) {
        this.reports = reports;
        addClassName("register-page");
    }

    public static String link(ReportTheme theme, FinancialYear year, int quarter) {
        return "register/report/" + theme.slug() + "/" + year.slug() + "/" + quarter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        var today = reports.currentYear();
        ReportTheme theme =
                params.get("theme").flatMap(ReportTheme::fromSlug).orElse(ReportTheme.ANTI_SOCIAL_BEHAVIOUR);
        FinancialYear year;
        int quarter;
        // With no period in the address the report opens on the last complete quarter (the one being reported on).
        boolean lastComplete = params.get("fy").isEmpty();
        if (lastComplete) {
            int current = reports.currentQuarter();
            today = current == 1 ? today.previous() : today;
        }
        try {
            year = params.get("fy").map(FinancialYear::parse).orElse(today);
            quarter = params.get("quarter").map(Integer::parseInt).orElse(0);
            if (quarter < 1 || quarter > 4) {
                quarter = params.get("quarter").isPresent() ? -1 : 0;
            }
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "There is no such report period.");
            return;
        }
        if (quarter == -1) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "A quarter is 1 to 4.");
            return;
        }
        if (quarter == 0) {
            int current = reports.currentQuarter();
            if (lastComplete) {
                quarter = current == 1 ? 4 : current - 1;
            } else {
                quarter = year.equals(reports.currentYear()) ? Math.max(1, current - 1) : 4;
            }
        }
        report = reports.report(theme, year, quarter);
        render();
    }

    private void render() {
        removeAll();
        add(controls());
        add(new H2(report.title()));
        Paragraph generated = new Paragraph("Generated " + Dates.shortDayTime(report.generatedAt()));
        Bits.muted(generated);
        add(generated);
        if (report.sample()) {
            Paragraph sample =
                    new Paragraph("SAMPLE DATA: some figures or progress in this report are sample data for a "
                            + "demonstration, not Halton's.");
            sample.addClassName("register-sample");
            add(sample);
        }
        add(new H3("Introduction"), new Paragraph(report.priorityName() + ": " + report.priorityStatement()));
        add(new H3("Key developments"));
        if (report.keyDevelopments().isEmpty()) {
            add(new Paragraph("None recorded for this theme."));
        }
        report.keyDevelopments().forEach(t -> add(text(t)));
        if (!report.emergingIssues().isEmpty()) {
            add(new H3("Emerging issues"));
            report.emergingIssues().forEach(t -> add(text(t)));
        }
        add(new H3("Objectives and milestones"), milestones());
        add(new H3("Performance indicators"), indicators());
        add(new H3("Key to the symbols"), key());
    }

    private HorizontalLayout controls() {
        Select<ReportTheme> theme = new Select<>();
        theme.setLabel("Theme");
        theme.setItems(ReportTheme.values());
        theme.setItemLabelGenerator(ReportTheme::title);
        theme.setValue(report.theme());
        // Wide enough for a theme's or a quarter's whole name (Lumo's default cut them off), never wider than a phone.
        theme.setWidth("min(100%, 26em)");
        Select<FinancialYear> year = new Select<>();
        year.setLabel("Financial year");
        year.setItems(Bits.yearsAround(reports.currentYear()));
        year.setItemLabelGenerator(FinancialYear::label);
        year.setValue(report.year());
        Select<Integer> quarter = new Select<>();
        quarter.setLabel("Quarter");
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(FinancialYear::quarterName);
        quarter.setValue(report.quarter());
        quarter.setWidth("min(100%, 16em)");
        Runnable go =
                () -> getUI().ifPresent(ui -> ui.navigate(link(theme.getValue(), year.getValue(), quarter.getValue())));
        theme.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go.run();
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go.run();
            }
        });
        quarter.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go.run();
            }
        });
        Button print = new Button(
                "Print",
                VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        QuarterlyReport current = report;
        String fileName = "safer-halton-" + current.theme().slug() + "-"
                + current.year().slug() + "-q" + current.quarter() + ".pdf";
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = ReportPdf.render(reports.report(current.theme(), current.year(), current.quarter()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
                }),
                "Download PDF");
        pdf.setId("report-pdf");
        HorizontalLayout bar = new HorizontalLayout(theme, year, quarter, print, pdf);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("no-print");
        bar.setWrap(true);
        return bar;
    }

    private Div text(RegisterText t) {
        Div box = new Div();
        Paragraph heading = new Paragraph(t.getGroupTitle() + ": " + t.getHeading());
        heading.getStyle().set("font-weight", "600");
        box.add(heading);
        if (t.getIntro() != null) {
            Arrays.stream(t.getIntro().split("\n\n")).forEach(p -> box.add(new Paragraph(p)));
        }
        if (!t.getItems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            t.getItems().forEach(i -> list.add(new ListItem(i)));
            box.add(list);
        }
        if (t.getFootnote() != null) {
            Paragraph note = new Paragraph("Note: " + t.getFootnote());
            Bits.muted(note);
            box.add(note);
        }
        return box;
    }

    private Div milestones() {
        if (report.milestones().isEmpty()) {
            return new Div(new Paragraph("No milestones carry this theme."));
        }
        NativeTable table = Bits.table(null, List.of("Objective", "Milestone", "Progress", "Commentary"));
        for (QuarterlyReport.MilestoneRow row : report.milestones()) {
            NativeTableRow tr = table.getBody().addRow();
            Bits.cell(tr, new Anchor(RegisterLinks.objective(row.objectiveId()), row.objectiveRef()));
            Bits.cell(tr, row.milestone().getWording());
            var p = row.progress();
            if (p.isPresent()) {
                Bits.cell(tr, Bits.progress(p.status()));
                Div commentary = new Div(new Span(p.commentary()
                        + (p.author() == null
                                ? ""
                                : " (" + p.author()
                                        + (p.writtenAt() == null ? "" : ", " + Dates.shortDayTime(p.writtenAt()))
                                        + ")")));
                if (p.sample()) {
                    commentary.add(new Span(" "), Bits.sample());
                }
                Bits.cell(tr, commentary);
            } else {
                Bits.cell(tr, "Not reported");
                Span missing = new Span(p.missing());
                if (p.computed()) {
                    Bits.notice(missing, false);
                }
                Bits.cell(tr, missing);
            }
        }
        return new Div(table);
    }

    private Div indicators() {
        if (report.indicators().isEmpty()) {
            return new Div(new Paragraph("No indicators carry this theme."));
        }
        NativeTable table = Bits.table(null, report.indicatorHeadings());
        table.setId("report-indicators");
        for (QuarterlyReport.IndicatorRow row : report.indicators()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.setId("indicator-" + RegisterLinks.slug(row.indicator().getRef()));
            Bits.cell(
                    tr,
                    new Anchor(
                            RegisterLinks.indicator(row.indicator().getRef()),
                            row.indicator().getRef()));
            Div description = new Div(new Span(
                    row.indicator().getDescription() + " (" + row.indicator().getUnit() + "; "
                            + row.indicator().getQuarterlyMode().label().toLowerCase() + ")"));
            if (row.note() != null) {
                Span note = new Span(" " + row.note());
                Bits.notice(note, false);
                description.add(note);
            }
            if (row.sample()) {
                description.add(new Span(" "), Bits.sample());
            }
            Bits.cell(tr, description);
            Bits.numberCell(tr, row.previousYearActual());
            Bits.numberCell(tr, row.target());
            Bits.numberCell(tr, row.quarterValue()).addClassName("quarter-value");
            Bits.numberCell(tr, row.toDate());
            Bits.cell(tr, Bits.light(row.light()));
            Bits.cell(tr, Bits.arrow(row.direction()));
        }
        return new Div(table);
    }

    private Div key() {
        NativeTable table = Bits.table(null, List.of("Symbol", "Meaning"));
        for (ProgressStatus s : ProgressStatus.values()) {
            NativeTableRow tr = table.getBody().addRow();
            Bits.cell(tr, Bits.progress(s));
            Bits.cell(
                    tr,
                    "Milestone: " + s.label().toLowerCase() + " ("
                            + s.symbolName().toLowerCase() + ").");
        }
        for (TrafficLight l : TrafficLight.values()) {
            NativeTableRow tr = table.getBody().addRow();
            Bits.cell(tr, Bits.light(l));
            Bits.cell(
                    tr,
                    "Indicator against its target: " + l.meaning().toLowerCase()
                            + ". The year-to-date figure is compared with the part of the year's target due by the quarter's end.");
        }
        NativeTableRow tr = table.getBody().addRow();
        Bits.cell(
                tr,
                Bits.arrow(new Direction(Direction.Arrow.UP, Direction.Judgement.BETTER)),
                new Span(" "),
                Bits.arrow(new Direction(Direction.Arrow.DOWN, Direction.Judgement.NEUTRAL)));
        Bits.cell(
                tr,
                "Direction of travel: the quarter's figure compared with the same quarter last year, not with the "
                        + "target. Marked better or worse where higher or lower is better; only up or down where neither is.");
        return new Div(table);
    }
}
