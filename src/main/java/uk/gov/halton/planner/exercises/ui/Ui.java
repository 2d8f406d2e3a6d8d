package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.ComplianceState;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.plans.PlanStatus;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Small pieces shared by the exercise, programme and calendar views. */
final class Ui {

    static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", UK);

    private Ui() {
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** Start and end in Europe/London, e.g. "Thu 26 Nov 2026, 10:00 to 14:00". */
    static String when(ZonedDateTime start, ZonedDateTime end) {
        boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
        return DATE_TIME.format(start) + " to " + (sameDay ? TIME.format(end) : DATE_TIME.format(end));
    }

    /** Links in grid cells get a 24-pixel target (WCAG 2.2 target size). */
    static <T extends com.vaadin.flow.component.HasStyle> T target(T link) {
        link.getStyle().set("display", "inline-block").set("min-height", "24px").set("line-height", "24px")
                .set("min-width", "24px");
        return link;
    }

    /** A coloured label: its text, colours and class name. */
    record Pill(String text, String background, String colour, String className) {

        private static final String STYLE = "padding:0.1em 0.6em;border-radius:1em;font-weight:600;"
                + "font-size:var(--lumo-font-size-s);white-space:nowrap;";

        Span span() {
            Span pill = new Span(text);
            pill.addClassName(className);
            pill.getElement().setAttribute("style", STYLE + "background:" + background + ";color:" + colour);
            return pill;
        }
    }

    static Span planStatus(PlanStatus status) {
        return planStatusPill(status).span();
    }

    static Pill planStatusPill(PlanStatus status) {
        return switch (status) {
            case GREEN -> new Pill(status.label(), "#dff3e4", "#0b4d1c", "plan-status");
            case AMBER -> new Pill(status.label(), "#fff0d6", "#6b3a00", "plan-status");
            case RED -> new Pill(status.label(), "#fde2e2", "#8a0b0b", "plan-status");
        };
    }

    static Span compliance(ComplianceState state) {
        return compliancePill(state).span();
    }

    static Pill compliancePill(ComplianceState state) {
        return switch (state) {
            case MET -> new Pill(state.label(), "#dff3e4", "#0b4d1c", "compliance");
            case ON_TRACK -> new Pill(state.label(), "#e3edfb", "#123e7a", "compliance");
            case AT_RISK -> new Pill(state.label(), "#fff0d6", "#6b3a00", "compliance");
            case BREACHED -> new Pill(state.label(), "#fde2e2", "#8a0b0b", "compliance");
        };
    }

    /**
     * A pill and a sentence in a grid cell, drawn by the browser from a template: a grid of them keeps no
     * components on the server for its rows (a signed-in user's session stays small). Lit escapes the values.
     */
    static <T> com.vaadin.flow.data.renderer.LitRenderer<T> pillAndText(java.util.function.Function<T, Pill> pill,
                                                                       java.util.function.Function<T, String> text) {
        // Laid out as the HorizontalLayout it replaces, so rows keep their height (and links their 24 px targets).
        return com.vaadin.flow.data.renderer.LitRenderer.<T>of("<div style=\"display:flex;align-items:center;"
                        + "gap:var(--lumo-space-m);min-height:var(--lumo-size-m)\"><span class=\"${item.pillClass}\" "
                        + "style=\"" + Pill.STYLE + "background:${item.pillBackground};color:${item.pillColour}\">"
                        + "${item.pill}</span><span>${item.text}</span></div>")
                .withProperty("pill", t -> pill.apply(t).text())
                .withProperty("pillClass", t -> pill.apply(t).className())
                .withProperty("pillBackground", t -> pill.apply(t).background())
                .withProperty("pillColour", t -> pill.apply(t).colour())
                .withProperty("text", text::apply);
    }

    static Span exerciseStatus(ExerciseStatus status) {
        return new Pill(status.label(), "var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)", "exercise-status")
                .span();
    }

    static void error(InvalidInputException e) {
        Notification n = new Notification(new Span(e.getMessage()));
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    static void done(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a write; shows the rule it broke, if any. Returns whether it succeeded. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            error(e);
            return false;
        }
    }

    /** Asks before something that cannot be undone. */
    static void confirm(String title, String text, String confirmLabel, Component extra, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        if (extra != null) {
            dialog.add(extra);
        }
        Button ok = new Button(confirmLabel, e -> {
            onConfirm.run();
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), ok);
        dialog.open();
    }

    static Anchor csv(String fileName, String text, Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), text);
        anchor.setDownload(true);
        return anchor;
    }

    static Anchor csv(String fileName, String text, List<String> header, Supplier<List<List<String>>> rows) {
        return csv(fileName, text, () -> CsvCells.write(header, rows.get()));
    }
}
