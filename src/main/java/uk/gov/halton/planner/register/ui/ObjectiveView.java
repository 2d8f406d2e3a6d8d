package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.Milestone;
import uk.gov.halton.planner.register.domain.MilestoneProgress;
import uk.gov.halton.planner.register.domain.Objective;
import uk.gov.halton.planner.register.domain.ProgressService;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.RegisterService;

/** One objective: its description, milestones with their progress for a quarter, officers and linked indicators. */
@Route("register/objectives/:id")
@RouteAlias("register/objectives/ref/:ref")
@PageTitle("Objective")
@PermitAll
public class ObjectiveView extends VerticalLayout implements BeforeEnterObserver {

    /** The exercise programme's page in the exercises module. */
    static final String PROGRAMME = "programme";

    private final RegisterService register;
    private final ProgressService progress;
    private final ComahLink comah;
    private final AuthenticationContext auth;
    private final FigureService figures;
    private Objective objective;
    private PeriodPicker picker;
    private final Div milestones = new Div();

    public ObjectiveView(
            RegisterService register,
            ProgressService progress,
            ComahLink comah,
            FigureService figures,
            AuthenticationContext auth) {
        this.register = register;
        this.progress = progress;
        this.comah = comah;
        this.figures = figures;
        this.auth = auth;
        addClassName("register-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Objective> found = event.getRouteParameters()
                .get("ref")
                .flatMap(register::objectiveByRefSlug)
                .or(() -> event.getRouteParameters()
                        .get("id")
                        .flatMap(ObjectiveView::parseId)
                        .flatMap(register::objective));
        objective = found.orElseThrow(() -> new NotFoundException("There is no such objective in the register."));
        render();
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        add(new Anchor("register", "← Register"));
        add(new H2("Service objective: " + objective.getDisplayRef()));
        add(new Paragraph(
                objective.getTitle() == null
                        ? "The business plan gives no description for this objective."
                        : objective.getTitle()));
        if (objective.getFootnote() != null) {
            Paragraph note = new Paragraph("Note: " + objective.getFootnote());
            Bits.notice(note, true);
            add(note);
        }
        add(new Paragraph("Responsible officer: " + objective.getResponsibleOfficer()));
        add(linked());
        picker = new PeriodPicker(figures.today(), (y, q) -> showMilestones());
        add(new H3("Key milestones (" + objective.getMilestoneYear() + ")"), picker, milestones);
        showMilestones();
    }

    private Div linked() {
        Div box = new Div();
        List<Indicator> linked = register.linkedIndicators(objective.getId());
        box.add(new H3("Linked indicators"));
        if (linked.isEmpty()) {
            box.add(new Paragraph("The business plan says: " + objective.getLinkedIndicatorsText()
                    + ". No indicators are linked in the register yet."));
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(i -> list.add(new ListItem(
                    new Anchor(RegisterLinks.indicator(i.getRef()), i.getRef()), new Span(" " + i.getDescription()))));
            box.add(list);
        }
        if (Bits.isAdmin(auth)) {
            Button edit = new Button("Edit linked indicators", e -> editLinks());
            edit.addClassName("no-print");
            box.add(edit);
        }
        return box;
    }

    private void editLinks() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Linked indicators of " + objective.getDisplayRef());
        MultiSelectComboBox<Indicator> box = new MultiSelectComboBox<>("Indicators");
        box.setItems(register.indicators());
        box.setItemLabelGenerator(i -> i.getRef() + " " + i.getDescription());
        box.setWidth("40em");
        List<Long> current = register.linkedIndicators(objective.getId()).stream()
                .map(Indicator::getId)
                .toList();
        box.setValue(new HashSet<>(register.indicators().stream()
                .filter(i -> current.contains(i.getId()))
                .toList()));
        Button save = new Button("Save", e -> {
            register.setLinkedIndicators(
                    objective.getId(),
                    box.getValue().stream().map(Indicator::getId).toList());
            dialog.close();
            Kit.done("Links saved");
            render();
        });
        Kit.openForm(dialog, save, box);
    }

    private void showMilestones() {
        milestones.removeAll();
        FinancialYear year = picker.year.getValue();
        int quarter = picker.quarter.getValue();
        NativeTable table = Bits.table(
                "Progress in " + FinancialYear.quarterName(quarter) + " " + year.label(),
                List.of("Milestone", "Progress", "Commentary", "Written by", ""));
        for (Milestone m : register.milestones(objective.getId())) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("milestone-" + m.getId());
            Bits.cell(row, m.getWording());
            ProgressService.Progress p = progress.progress(m, year, quarter);
            if (p.isPresent()) {
                Bits.cell(row, Bits.progress(p.status()));
                Div commentary = new Div(new Span(p.commentary()));
                if (p.sample()) {
                    commentary.add(new Span(" "), Bits.sample());
                }
                Bits.cell(row, commentary);
                Bits.cell(row, p.author() + (p.writtenAt() == null ? "" : ", " + Dates.shortDayTime(p.writtenAt())));
            } else {
                Span missing = new Span(p.missing());
                if (ComahLink.NOT_LINKED.equals(p.missing())) {
                    Bits.notice(missing, false);
                }
                Bits.cell(row, "Not reported");
                Bits.cell(row, missing);
                Bits.cell(row, "");
            }
            if (m.isComahLinked()) {
                Div links = new Div(
                        comah.isLinked()
                                ? new Anchor(PROGRAMME, "Exercise programme")
                                : new Span("Exercise programme (not yet linked)"));
                comah.testReports(year).forEach(r -> {
                    Anchor report = new Anchor(r.link(), r.label());
                    report.addClassName("comah-test-report");
                    links.add(new Div(report));
                });
                Bits.cell(row, links);
            } else if (Bits.canEnter(auth)) {
                Button record = new Button("Record progress", e -> recordProgress(m, year, quarter, p));
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.getElement()
                        .setAttribute("aria-label", "Record progress on milestone " + (m.getSortOrder() + 1));
                Bits.cell(row, record);
            } else {
                Bits.cell(row, "");
            }
        }
        milestones.add(table);
        if (register.milestones(objective.getId()).stream().anyMatch(Milestone::isComahLinked)) {
            Paragraph how =
                    new Paragraph("This milestone takes its progress from the exercise programme: on course when a "
                            + "COMAH exercise has been held this financial year, uncertain when one is only scheduled, will not be "
                            + "achieved when none can be held before 31 March."
                            + (comah.isLinked() ? "" : " " + ComahLink.NOT_LINKED + ", so no progress is shown."));
            Bits.muted(how);
            milestones.add(how);
        }
        history();
    }

    private void history() {
        List<MilestoneProgress> all = register.milestones(objective.getId()).stream()
                .flatMap(m -> progress.history(m.getId()).stream())
                .toList();
        if (all.isEmpty()) {
            return;
        }
        NativeTable table = Bits.table(
                "Progress reported in every quarter",
                List.of("Quarter", "Milestone", "Progress", "Commentary", "Written by"));
        for (MilestoneProgress p : all) {
            NativeTableRow row = table.getBody().addRow();
            Bits.cell(row, "Q" + p.getQuarter() + " " + new FinancialYear(p.getFyStart()).label());
            Bits.cell(
                    row,
                    String.valueOf(register.milestones(objective.getId()).stream()
                            .filter(m -> m.getId().equals(p.getMilestoneId()))
                            .findFirst()
                            .map(m -> m.getSortOrder() + 1)
                            .orElse(0)));
            Bits.cell(row, Bits.progress(p.getStatus()));
            Bits.cell(row, p.getCommentary() + (p.isSample() ? " (SAMPLE)" : ""));
            Bits.cell(row, p.getAuthor() + ", " + Dates.shortDayTime(p.getWrittenAt()));
        }
        milestones.add(new H3("History"), table);
    }

    private void recordProgress(Milestone m, FinancialYear year, int quarter, ProgressService.Progress current) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Progress in Q" + quarter + " " + year.label());
        Paragraph what = new Paragraph(m.getWording());
        RadioButtonGroup<ProgressStatus> status = new RadioButtonGroup<>("Progress");
        status.setItems(ProgressStatus.values());
        status.setItemLabelGenerator(s -> s.symbol() + " " + s.label());
        TextArea commentary = new TextArea("Commentary");
        commentary.setMaxLength(ProgressService.MAX_COMMENTARY);
        commentary.setWidthFull();
        commentary.setMinHeight("8em");
        Checkbox sample = new Checkbox("This is sample progress for a demonstration");
        if (current.isPresent() && !current.computed()) {
            status.setValue(current.status());
            commentary.setValue(current.commentary());
            sample.setValue(current.sample());
        }
        Button save = new Button("Save", e -> {
            if (Kit.attempt(
                    () -> progress.record(
                            m.getId(), year, quarter, status.getValue(), commentary.getValue(), sample.getValue()),
                    java.util.Map.of("commentary", commentary),
                    status)) {
                dialog.close();
                Kit.done("Progress saved");
                showMilestones();
            }
        });
        dialog.setWidth("40em");
        Kit.openForm(dialog, save, new VerticalLayout(what, status, commentary, sample));
    }
}
