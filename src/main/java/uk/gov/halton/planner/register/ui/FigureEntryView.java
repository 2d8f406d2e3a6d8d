package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.base.Uploads;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.CsvImportException;
import uk.gov.halton.planner.register.domain.Figure;
import uk.gov.halton.planner.register.domain.FigureCsv;
import uk.gov.halton.planner.register.domain.FigureInput;
import uk.gov.halton.planner.register.domain.FigureKind;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.YearFigures;

/** Officers enter an indicator's figures for a financial year, or import and export them as CSV. */
@Route("register/figures/:ref?")
@PageTitle("Enter figures")
@Menu(order = 42, icon = "vaadin:edit", title = "Enter figures")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class FigureEntryView extends VerticalLayout implements BeforeEnterObserver {

    private final RegisterService register;
    private final FigureService figures;
    private final FigureCsv csv;

    final ComboBox<Indicator> indicator = new ComboBox<>("Indicator");
    final ComboBox<FinancialYear> year = new ComboBox<>("Financial year");
    final BigDecimalField target = new BigDecimalField("Year target");
    final BigDecimalField yearActual = new BigDecimalField("Year actual (leave empty to take it from the quarters)");
    final List<BigDecimalField> quarters = new ArrayList<>();
    final Checkbox sample = new Checkbox("These are sample figures for a demonstration, not Halton's");
    final TextArea reason = new TextArea("Reason for revising a past period");
    final Button save = new Button("Save figures");
    final Paragraph meaning = new Paragraph();
    final Div importResult = new Div();

    public static String link(String ref) {
        return "register/figures/" + RegisterLinks.slug(ref);
    }

    public FigureEntryView(RegisterService register, FigureService figures, FigureCsv csv) {
        this.register = register;
        this.figures = figures;
        this.csv = csv;
        addClassName("register-page");
        indicator.setItems(
                register.indicators().stream().filter(i -> !i.isComputed()).toList());
        indicator.setItemLabelGenerator(i -> i.getRef() + " " + i.getDescription());
        indicator.setWidth("40em");
        indicator.setRequiredIndicatorVisible(true);
        FinancialYear current = FinancialYear.of(figures.today());
        year.setItems(Bits.yearsAround(current));
        year.setItemLabelGenerator(FinancialYear::label);
        year.setValue(current);
        indicator.addValueChangeListener(e -> fill());
        year.addValueChangeListener(e -> fill());
        for (int q = 1; q <= 4; q++) {
            BigDecimalField field = new BigDecimalField(FinancialYear.quarterName(q));
            field.setId("quarter-" + q);
            quarters.add(field);
        }
        target.setId("year-target");
        yearActual.setId("year-actual");
        reason.setId("revision-reason");
        reason.setMaxLength(FigureService.MAX_REASON);
        reason.setHelperText(
                "Needed only when you change a figure of a quarter or year that has ended; kept in the history.");
        reason.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout();
        form.add(target, yearActual);
        quarters.forEach(form::add);
        add(new H2("Enter figures"), new HorizontalLayout(indicator, year), meaning, form, sample, reason, save);
        add(csvSection());
        fill(); // the prompt, until an indicator is chosen: an empty paragraph left a gap above the form
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters()
                .get("ref")
                .flatMap(register::indicatorBySlug)
                .filter(i -> !i.isComputed())
                .ifPresent(i -> indicator.setValue(indicator
                        .getListDataView()
                        .getItems()
                        .filter(x -> x.getId().equals(i.getId()))
                        .findFirst()
                        .orElse(null)));
    }

    /** The figures as last shown in the form. */
    private YearFigures shown;

    private void fill() {
        Indicator i = indicator.getValue();
        FinancialYear y = year.getValue();
        if (i == null || y == null) {
            meaning.setText("Choose an indicator and a financial year.");
            return;
        }
        meaning.setText(i.getRef() + ": unit " + i.getUnit() + "; each quarterly figure is "
                + i.getQuarterlyMode().label().toLowerCase() + "."
                + (i.isCount() ? " Counts are whole numbers and never negative." : ""));
        YearFigures f = figures.yearFigures(i, y);
        shown = f;
        target.setValue(f.target());
        yearActual.setValue(f.enteredActual());
        for (int q = 1; q <= 4; q++) {
            quarters.get(q - 1).setValue(f.quarter(q));
            boolean begun = figures.takesActuals(y, q);
            quarters.get(q - 1).setEnabled(begun);
            quarters.get(q - 1).setHelperText(begun ? null : "Not begun yet");
        }
        sample.setValue(f.sample());
        reason.clear();
        clearErrors();
    }

    private void clearErrors() {
        target.setInvalid(false);
        yearActual.setInvalid(false);
        quarters.forEach(q -> q.setInvalid(false));
        reason.setInvalid(false);
    }

    private void save() {
        clearErrors();
        Indicator i = indicator.getValue();
        FinancialYear y = year.getValue();
        if (i == null || y == null) {
            indicator.setInvalid(i == null);
            indicator.setErrorMessage("Choose an indicator.");
            return;
        }
        // What the form showed: a figure someone else changed since is refused, not overwritten.
        YearFigures before = shown == null ? figures.yearFigures(i, y) : shown;
        List<FigureInput> inputs = new ArrayList<>();
        List<BigDecimalField> fields = new ArrayList<>();
        add(inputs, fields, i, y, Figure.YEAR, FigureKind.TARGET, target, before.target());
        add(inputs, fields, i, y, Figure.YEAR, FigureKind.ACTUAL, yearActual, before.enteredActual());
        for (int q = 1; q <= 4; q++) {
            if (quarters.get(q - 1).isEnabled()) {
                add(inputs, fields, i, y, q, FigureKind.ACTUAL, quarters.get(q - 1), before.quarter(q));
            }
        }
        for (int k = 0; k < inputs.size(); k++) {
            try {
                figures.check(inputs.get(k));
            } catch (InvalidInputException ex) {
                if ("reason".equals(ex.field())) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(ex.getMessage());
                    reason.focus();
                } else {
                    fields.get(k).setInvalid(true);
                    fields.get(k).setErrorMessage(ex.getMessage());
                    fields.get(k).focus();
                }
                return;
            }
        }
        // A figure cleared in the form is deleted: asked first, saying how many.
        long removed = inputs.stream().filter(in -> in.amount() == null).count();
        if (removed > 0) {
            Kit.confirm(
                    "Remove " + uk.gov.halton.planner.base.Dates.plural(removed, "figure") + "?",
                    "The cleared " + (removed == 1 ? "figure is" : "figures are") + " deleted from " + i.getRef() + " "
                            + y.label() + " (the history keeps a past period's old amount).",
                    "Remove and save",
                    null,
                    () -> store(inputs, i, y));
        } else {
            store(inputs, i, y);
        }
    }

    private void store(List<FigureInput> inputs, Indicator i, FinancialYear y) {
        try {
            int changed = figures.save(inputs);
            Kit.done(
                    changed == 0
                            ? "Nothing changed"
                            : "Saved " + changed + " figure" + (changed == 1 ? "" : "s") + " for " + i.getRef() + " "
                                    + y.label());
            fill();
        } catch (InvalidInputException ex) {
            Kit.failed(ex.getMessage());
        }
    }

    private void add(
            List<FigureInput> inputs,
            List<BigDecimalField> fields,
            Indicator i,
            FinancialYear y,
            int period,
            FigureKind kind,
            BigDecimalField field,
            BigDecimal before) {
        BigDecimal value = field.getValue();
        boolean sameAmount = before == null ? value == null : value != null && before.compareTo(value) == 0;
        if (sameAmount
                && (value == null
                        || sample.getValue() == figures.yearFigures(i, y).sample())) {
            return;
        }
        inputs.add(new FigureInput(
                i.getRef(),
                y,
                period,
                kind,
                value,
                sample.getValue(),
                reason.getValue(),
                new FigureInput.Seen(before)));
        fields.add(field);
    }

    private Div csvSection() {
        Div box = new Div(new H2("Import and export as CSV"));
        box.add(new Paragraph("Columns: " + String.join(", ", FigureCsv.COLUMNS) + ". Period is Year or Q1 to Q4; kind "
                + "is actual or target; sample is yes or no; a reason is needed to change a figure of a past period. "
                + "A blank amount leaves a figure as it is; the word delete removes one. "
                + "A file is imported whole or not at all."));
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.export().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "register-figures.csv", "text/csv", bytes.length);
                }),
                "Export all figures as CSV");
        Upload upload = new Upload(Uploads.limited(
                FigureCsv.MAX_BYTES,
                (fileName, bytes) -> {
                    try {
                        int changed = csv.importCsv(fileName, bytes);
                        showImport(
                                "Imported " + fileName + ": " + changed + " figure" + (changed == 1 ? "" : "s")
                                        + " changed.",
                                List.of());
                    } catch (CsvImportException e) {
                        showImport(
                                fileName + " was not imported; nothing was changed. Problems:",
                                e.problems().stream().map(Objects::toString).toList());
                    } catch (InvalidInputException e) {
                        showImport(fileName + " was not imported; nothing was changed.", List.of(e.getMessage()));
                    }
                },
                (fileName, message) -> showImport(message, List.of())));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(FigureCsv.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import figures from CSV…"));
        importResult.setId("import-result");
        importResult.getElement().setAttribute("aria-live", "polite");
        box.add(export, upload, importResult);
        return box;
    }

    private void showImport(String message, List<String> problems) {
        importResult.removeAll();
        importResult.add(new Span(message));
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            importResult.add(list);
        }
        fill();
    }
}
