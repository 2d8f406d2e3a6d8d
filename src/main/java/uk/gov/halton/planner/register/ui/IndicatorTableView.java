package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.FigureCsv;
import uk.gov.halton.planner.register.domain.ReportService;

/** The indicator table in the business plan's layout, for any financial year (this year by default). */
@Route("register/indicators")
@PageTitle("Indicators")
@Menu(order = 41, icon = "vaadin:table", title = "Indicators")
@PermitAll
public class IndicatorTableView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportService reports;
    final ComboBox<FinancialYear> year = new ComboBox<>("Financial year");
    final TextField filter = new TextField("Filter");
    final Grid<ReportService.TableRow> grid = new Grid<>();
    private List<ReportService.TableRow> rows = List.of();

    final Grid<uk.gov.halton.planner.register.domain.Indicator> settings =
            new Grid<>(uk.gov.halton.planner.register.domain.Indicator.class, false);
    private final uk.gov.halton.planner.register.domain.RegisterService register;

    public IndicatorTableView(
            ReportService reports,
            uk.gov.halton.planner.register.domain.RegisterService register,
            com.vaadin.flow.spring.security.AuthenticationContext auth) {
        this.reports = reports;
        this.register = register;
        setSizeFull();
        FinancialYear current = reports.currentYear();
        year.setItems(Bits.yearsAround(current));
        year.setItemLabelGenerator(FinancialYear::label);
        year.setValue(current);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                "register/indicators?"
                                        + QueryParameters.simple(Map.of(
                                                        "fy", e.getValue().slug()))
                                                .getQueryString()));
            }
        });
        filter.setPlaceholder("Ref or words");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(csv),
                            "indicators-" + year.getValue().slug() + ".csv",
                            "text/csv",
                            csv.length);
                }),
                "Export this table as CSV");
        HorizontalLayout bar = new HorizontalLayout(year, filter, export);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, grid);
        if (Bits.isAdmin(auth)) {
            add(settingsSection());
        }
        grid.setEmptyStateText("No indicators match.");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> fy =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("fy", List.of());
        FinancialYear chosen = year.getValue();
        if (!fy.isEmpty()) {
            try {
                chosen = FinancialYear.parse(fy.getFirst());
            } catch (IllegalArgumentException e) {
                Kit.failed(e.getMessage());
            }
        }
        configureColumns(chosen);
        if (!chosen.equals(year.getValue())) {
            year.setValue(chosen);
        } else {
            load(chosen);
        }
    }

    private void configureColumns(FinancialYear y) {
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new Anchor(
                        RegisterLinks.indicator(r.indicator().getRef()),
                        r.indicator().getRef()))
                .setHeader("Ref")
                .setComparator(Comparator.comparing(r -> r.indicator().getSortOrder()))
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(r -> {
                    Span s = new Span(r.indicator().getDescription());
                    return r.sample() ? new HorizontalLayout(s, Bits.sample()) : s;
                })
                .setHeader("Description")
                .setWidth("5rem")
                .setFlexGrow(1)
                .setComparator(Comparator.comparing(r -> r.indicator().getDescription()));
        var previous = grid.addColumn(r -> Bits.number(r.previousYearActual()))
                .setHeader(y.previous().shortLabel() + " Actual")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var target = grid.addColumn(r -> Bits.number(r.target()))
                .setHeader(y.shortLabel() + " Target")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var actual = grid.addColumn(r -> Bits.number(r.actual()))
                .setHeader(y.shortLabel() + " Actual")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var next = grid.addColumn(r -> Bits.number(r.nextYearTarget()))
                .setHeader(y.next().shortLabel() + " Target")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> Bits.light(r.light()))
                .setHeader("Against target")
                .setWidth("7rem")
                .setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.light().ordinal()));
        var direction = grid.addComponentColumn(r -> Bits.arrow(r.direction()))
                .setHeader("On last year")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone: the indicator and where it stands against target; the figures from 600 px up.
        Kit.hideWhenNarrow(grid, previous, target, actual, next, direction);
    }

    /** Administrators: every indicator's unit, polarity and quarterly mode in one table, each changed in place. */
    private com.vaadin.flow.component.Component settingsSection() {
        settings.addColumn(uk.gov.halton.planner.register.domain.Indicator::getRef)
                .setHeader("Ref")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var description = settings.addColumn(uk.gov.halton.planner.register.domain.Indicator::getDescription)
                .setHeader("Description")
                .setWidth("10rem")
                .setFlexGrow(2);
        settings.addColumn(uk.gov.halton.planner.register.domain.Indicator::getUnit)
                .setHeader("Unit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        settings.addColumn(i -> i.getPolarity().label())
                .setHeader("Polarity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var mode = settings.addColumn(i -> i.getQuarterlyMode().label())
                .setHeader("A quarterly figure is")
                .setAutoWidth(true)
                .setFlexGrow(0);
        var confirmed = settings.addColumn(i -> i.isMetadataConfirmed() ? "Confirmed" : Bits.SYSTEM_DEFAULTS)
                .setHeader("Settings")
                .setWidth("8rem")
                .setFlexGrow(1);
        settings.addComponentColumn(i -> {
                    com.vaadin.flow.component.button.Button edit = new com.vaadin.flow.component.button.Button(
                            "Edit",
                            e -> IndicatorSettingsDialog.open(register, i, updated -> {
                                settings.setItems(register.indicators());
                                load(year.getValue());
                            }));
                    edit.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel("Edit the settings of " + i.getRef());
                    return edit;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        settings.setItems(register.indicators());
        settings.setAllRowsVisible(true);
        settings.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(settings, description, mode, confirmed);
        com.vaadin.flow.component.details.Details details =
                new com.vaadin.flow.component.details.Details("Indicator settings", settings);
        details.addClassName("indicator-settings");
        details.setWidthFull();
        return details;
    }

    private void load(FinancialYear y) {
        configureColumns(y);
        rows = reports.table(y);
        applyFilter();
    }

    private void applyFilter() {
        String q = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream()
                .filter(r -> q.isEmpty()
                        || r.indicator().getRef().toLowerCase(Locale.ROOT).contains(q)
                        || r.indicator()
                                .getDescription()
                                .toLowerCase(Locale.ROOT)
                                .contains(q))
                .toList());
    }

    private String csv() {
        FinancialYear y = year.getValue();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Ref",
                                "Description",
                                y.previous().shortLabel() + " Actual",
                                y.shortLabel() + " Target",
                                y.shortLabel() + " Actual",
                                y.next().shortLabel() + " Target",
                                "Against target",
                                "On last year",
                                "Sample")
                        .get())) {
            for (ReportService.TableRow r : rows) {
                printer.printRecord(
                        FigureCsv.safe(r.indicator().getRef()),
                        FigureCsv.safe(r.indicator().getDescription()),
                        blank(r.previousYearActual()),
                        blank(r.target()),
                        blank(r.actual()),
                        blank(r.nextYearTarget()),
                        r.light().label(),
                        FigureCsv.safe(r.direction().description()),
                        r.sample() ? "SAMPLE" : "");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String blank(java.math.BigDecimal v) {
        return v == null ? "" : Bits.number(v);
    }
}
