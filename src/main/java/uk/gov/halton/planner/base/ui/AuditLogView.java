package uk.gov.halton.planner.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.gov.halton.planner.base.AuditEntry;
import uk.gov.halton.planner.base.AuditLog;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.Role;

/**
 * Who changed what, and when (times in Europe/London): each changed field as "field: old -> new", filtered by who,
 * which record and between which days, and exported as CSV as filtered.
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 91, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);
    private static final List<String> CSV_HEADER = List.of("When", "Who", "Record", "Change", "Details");

    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final ComboBox<String> who = new ComboBox<>("Who");
    final TextField record = new TextField("Record");
    final DatePicker from = Kit.datePicker("From", null);
    final DatePicker to = Kit.datePicker("To", null);
    final Paragraph count = new Paragraph();
    private final AuditLog auditLog;
    private List<AuditEntry> shown = List.of();

    public AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        setSizeFull();
        who.setItems(auditLog.usernames());
        who.setClearButtonVisible(true);
        who.setPlaceholder("Anyone");
        record.setPlaceholder("e.g. Site koura-runcorn");
        record.setClearButtonVisible(true);
        record.setValueChangeMode(ValueChangeMode.LAZY);
        from.setHelperText("On or after");
        to.setHelperText("On or before");
        who.addValueChangeListener(e -> refresh());
        record.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear filters", e -> {
            who.clear();
            record.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(who, record, from, to, clear);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        // The details (what changed, from what to what) are what a reader comes for: the spare width goes to them,
        // not to the time, the user or the kind of change, which are short.
        grid.addColumn(e -> when(e))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(AuditEntry::revision)
                .setSortable(true);
        var whoColumn = grid.addColumn(AuditEntry::username)
                .setHeader("Who")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var recordColumn = grid.addColumn(AuditEntry::record)
                .setHeader("Record")
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(1);
        var change = grid.addColumn(e -> Kit.words(e.kind().name()))
                .setHeader("Change")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::summary)
                .setHeader("Details")
                .setWidth("8rem") // beside the time on a phone, within 390 px
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The log scrolls in its table (it may hold thousands of changes); on a phone the filters above it took most
        // of the height and left the table a box a row high, so the page scrolls instead.
        grid.setMinHeight("24rem");
        Kit.hideWhenNarrow(grid, whoColumn, recordColumn, change);
        add(filters, new HorizontalLayout(count, Kit.csv("audit-log.csv", "Export CSV", this::csv)), grid);
        refresh();
    }

    void refresh() {
        boolean filtered =
                who.getValue() != null || !record.isEmpty() || from.getValue() != null || to.getValue() != null;
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The end is before the start.");
            to.setInvalid(true);
            shown = List.of();
        } else {
            to.setInvalid(false);
            shown = auditLog.search(
                    new AuditLog.Filter(
                            who.getValue(),
                            record.getValue(),
                            start(from.getValue()),
                            start(to.getValue() == null ? null : to.getValue().plusDays(1))),
                    SHOWN);
        }
        grid.setEmptyStateText(filtered ? "No changes match these filters." : "Nothing has been changed yet.");
        grid.setItems(shown);
        count.setText(
                shown.size() >= SHOWN
                        ? "The newest " + SHOWN + " changes" + (filtered ? " that match" : "")
                                + " are shown: narrow the filters to see older ones."
                        : (shown.size() == 1 ? "1 change" : shown.size() + " changes") + (filtered ? " match." : "."));
    }

    /** The changes shown, as CSV. */
    String csv() {
        return CsvCells.write(
                CSV_HEADER,
                shown.stream()
                        .map(e -> List.of(
                                when(e),
                                e.username(),
                                e.record(),
                                Kit.words(e.kind().name()),
                                e.summary()))
                        .toList());
    }

    private static String when(AuditEntry entry) {
        return WHEN.withZone(PlannerZone.zone()).format(entry.time());
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PlannerZone.zone()).toInstant();
    }
}
