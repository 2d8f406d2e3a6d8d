package uk.gov.halton.planner.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.plans.PlanStatus;
import uk.gov.halton.planner.plans.StatusRules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Small pieces shared by the plan views. */
final class PlanUi {

    static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", UK);

    private PlanUi() {
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** Links in grid cells get a 24-pixel target (WCAG 2.2 target size). */
    static <T extends com.vaadin.flow.component.HasStyle> T target(T link) {
        link.getStyle().set("display", "inline-block").set("min-height", "24px").set("line-height", "24px")
                .set("min-width", "24px");
        return link;
    }

    /** The status as words on a coloured background (never colour alone). */
    static Span badge(PlanStatus status) {
        Span badge = new Span(status.label());
        badge.addClassName("plan-status");
        badge.addClassName("plan-status-" + status.name().toLowerCase(Locale.ROOT));
        badge.getStyle().set("padding", "0.1em 0.6em").set("border-radius", "1em").set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)");
        switch (status) {
            case GREEN -> badge.getStyle().set("background", "#dff3e4").set("color", "#0b4d1c");
            case AMBER -> badge.getStyle().set("background", "#fff0d6").set("color", "#6b3a00");
            case RED -> badge.getStyle().set("background", "#fde2e2").set("color", "#8a0b0b");
        }
        return badge;
    }

    static Component legend() {
        UnorderedList list = new UnorderedList();
        list.addClassName("status-legend");
        StatusRules.LEGEND.forEach(line -> list.add(new ListItem(line)));
        list.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return list;
    }

    static DatePicker datePicker(String label, LocalDate value) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(UK);
        picker.setValue(value);
        picker.setClearButtonVisible(true);
        return picker;
    }

    static void error(InvalidInputException e) {
        Notification n = new Notification(new Span(e.getMessage()));
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A download link for a CSV file; cells that a spreadsheet would run as a formula are neutralised. */
    static Anchor csv(String fileName, String text, List<String> header, Supplier<List<List<String>>> rows) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csvBytes(header, rows.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), text);
        anchor.setDownload(true);
        return anchor;
    }

    static byte[] csvBytes(List<String> header, List<List<String>> rows) {
        return uk.gov.halton.planner.base.CsvCells.write(header, rows).getBytes(StandardCharsets.UTF_8);
    }
}
