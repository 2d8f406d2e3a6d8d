package uk.gov.halton.planner.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one user-interface kit every module's views use: status pills on Lumo's colours (so the dark theme works),
 * notifications in one place for one time, the confirmation asked before anything destructive, date pickers in
 * British English, download links and touch-sized links. The look is in styles.css (classes {@code pill} and
 * {@code pill-<tone>}), on Lumo tokens only.
 */
public final class Kit {

    /**
     * Where every notification appears (bottom right: bottom left would cover the drawer's Sign out), and how long one
     * that needs no answer stays.
     */
    public static final Notification.Position POSITION = Notification.Position.BOTTOM_END;

    public static final int DURATION_MS = 5000;

    private Kit() {}

    /** What a pill's colours say. Words always say it too: colour is never alone. */
    public enum Tone {
        GOOD,
        INFO,
        WARNING,
        BAD,
        NEUTRAL;

        /** The tone of a Lumo badge theme name ("success", "warning", "error", "contrast"); anything else is INFO. */
        public static Tone ofTheme(String theme) {
            return switch (theme) {
                case "success" -> GOOD;
                case "warning" -> WARNING;
                case "error" -> BAD;
                case "contrast" -> NEUTRAL;
                default -> INFO;
            };
        }

        public String cssClass() {
            return "pill-" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** A status as words on a coloured background, e.g. "Overdue" on red. */
    public record Pill(String text, Tone tone, String className) {

        public Span span() {
            Span pill = new Span(text);
            pill.addClassNames("pill", tone.cssClass());
            if (className != null) {
                pill.addClassNames(className.split(" "));
            }
            return pill;
        }

        String classes() {
            return "pill " + tone.cssClass() + (className == null ? "" : " " + className);
        }
    }

    public static Span pill(String text, Tone tone, String className) {
        return new Pill(text, tone, className).span();
    }

    /**
     * A pill and a sentence in a grid cell, drawn by the browser from a template: a grid of them keeps no
     * components on the server for its rows. Lit escapes the values.
     */
    public static <T> LitRenderer<T> pillAndText(Function<T, Pill> pill, Function<T, String> text) {
        return LitRenderer.<T>of("<div class=\"pill-and-text\"><span class=\"${item.pillClass}\">${item.pill}</span>"
                        + "<span>${item.text}</span></div>")
                .withProperty("pill", t -> pill.apply(t).text())
                .withProperty("pillClass", t -> pill.apply(t).classes())
                .withProperty("text", text::apply);
    }

    /**
     * Runs a write from a form; a broken rule is shown beside the field it names (or {@code fallback}), never in a
     * message over the form. Returns whether the write succeeded.
     */
    public static boolean attempt(
            Runnable action, java.util.Map<String, ? extends HasValidation> fields, HasValidation fallback) {
        fields.values().forEach(f -> f.setInvalid(false));
        fallback.setInvalid(false);
        try {
            action.run();
            return true;
        } catch (ConcurrentEditException e) {
            // Not about one field: someone else saved first. Said until closed; the form keeps what was typed.
            failed(e.getMessage());
            return false;
        } catch (InvalidInputException e) {
            HasValidation at = fields.containsKey(e.field()) ? fields.get(e.field()) : fallback;
            at.setErrorMessage(e.getMessage());
            at.setInvalid(true);
            return false;
        }
    }

    /**
     * The input record's constraints ({@link PlainText}, {@link SingleLine}, {@code @Size}, ...) on the form's text
     * fields, by the record component each one fills: checked as the user leaves a field and by
     * {@code validate()} before a save, with the message beside the field. The service checks the same constraints
     * again (and the rules that span fields), for every caller.
     */
    public static <T> BeanValidationBinder<T> checks(
            Class<T> input, java.util.Map<String, ? extends HasValue<?, String>> fields) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(input);
        // An empty field is checked as null, as the record keeps it (an optional address is none, not ""); the
        // components' own checks are off, so each field has one rule and one message, the record's.
        fields.forEach((component, field) -> binder.forField(field)
                .withDefaultValidator(false)
                .withNullRepresentation("")
                .bind(component));
        return binder;
    }

    /** A state kept as a constant, in words: "WILL_NOT_BE_ACHIEVED" is "Will not be achieved". */
    public static String words(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Something was done: said briefly, then gone. */
    public static void done(String message) {
        Notification notification = Notification.show(message, DURATION_MS, POSITION);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something could not be done and nothing beside a field can say why: stays until closed. */
    public static void failed(String message) {
        Notification notification = new Notification();
        notification.setPosition(POSITION);
        notification.setDuration(0);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new Span(message), close);
        notification.open();
    }

    /**
     * Opens a form in its dialog: the content, then Cancel and the form's primary action ({@code save}) in the footer,
     * as every form dialog of the application has them.
     */
    public static void openForm(Dialog dialog, Button save, Component... content) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(content);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    /** Asks before something that cannot be undone; {@code extra} may show what is at stake (or be null). */
    public static Dialog confirm(String title, String text, String confirmLabel, Component extra, Runnable onConfirm) {
        return ask(title, text, confirmLabel, extra, true, onConfirm);
    }

    /** Asks before a decision that is recorded against the user's name (an approval), or before a destructive one. */
    public static Dialog ask(
            String title, String text, String confirmLabel, Component extra, boolean destructive, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        if (extra != null) {
            dialog.add(extra);
        }
        Button ok = new Button(confirmLabel, e -> {
            dialog.close();
            onConfirm.run();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        return dialog;
    }

    /** Below this width of the browser window (in CSS pixels) tables show only their key columns. */
    public static final int NARROW = 600;

    /**
     * Shows {@code secondary} columns only when the browser window is at least {@link #NARROW} pixels wide, so that
     * a table's key columns (a name and its status) fit a phone without scrolling sideways. Follows the window as it
     * is resized while the grid is shown.
     */
    public static void hideWhenNarrow(Grid<?> grid, Grid.Column<?>... secondary) {
        // Called again (a grid whose columns are rebuilt), the latest columns replace the earlier ones.
        ComponentUtil.setData(grid, SECONDARY_KEY, List.of(secondary));
        if (ComponentUtil.getData(grid, LISTENING_KEY) == null) {
            ComponentUtil.setData(grid, LISTENING_KEY, Boolean.TRUE);
            grid.addAttachListener(attach -> {
                UI ui = attach.getUI();
                showForWidth(grid, ui);
                Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> showForWidth(grid, ui));
                grid.addDetachListener(detach -> {
                    resize.remove();
                    detach.unregisterListener();
                });
            });
        }
        grid.getUI().ifPresent(ui -> showForWidth(grid, ui));
    }

    @SuppressWarnings("unchecked")
    private static void showForWidth(Grid<?> grid, UI ui) {
        int width = windowWidth(ui);
        boolean wide = width == 0 || width >= NARROW;
        List<Grid.Column<?>> secondary = (List<Grid.Column<?>>) ComponentUtil.getData(grid, SECONDARY_KEY);
        if (secondary != null) {
            secondary.forEach(column -> column.setVisible(wide));
        }
    }

    private static final String SECONDARY_KEY = Kit.class.getName() + ".secondary";
    private static final String LISTENING_KEY = Kit.class.getName() + ".listening";

    /** The browser window's inner width in CSS pixels, kept up to date as it is resized; 0 when not known yet. */
    public static int windowWidth(UI ui) {
        Integer known = (Integer) ComponentUtil.getData(ui, WIDTH_KEY);
        if (known == null) {
            ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
            known = details == null ? 0 : details.getWindowInnerWidth();
            ComponentUtil.setData(ui, WIDTH_KEY, known);
            ui.getPage().addBrowserWindowResizeListener(e -> ComponentUtil.setData(ui, WIDTH_KEY, e.getWidth()));
        }
        return known;
    }

    private static final String WIDTH_KEY = Kit.class.getName() + ".windowWidth";

    /** A date picker that reads and writes dates the British way. */
    public static DatePicker datePicker(String label, java.time.LocalDate value) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setValue(value);
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** Links in grid cells get a 24-pixel target (WCAG 2.2 target size). */
    public static <T extends HasStyle> T target(T link) {
        link.addClassName("touch-target");
        return link;
    }

    /** A download link for a CSV file; cells that a spreadsheet would run as a formula are neutralised. */
    public static Anchor csv(String fileName, String text, Supplier<String> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
                }),
                text);
        anchor.setDownload(true);
        return anchor;
    }

    public static Anchor csv(String fileName, String text, List<String> header, Supplier<List<List<String>>> rows) {
        return csv(fileName, text, () -> CsvCells.write(header, rows.get()));
    }
}
