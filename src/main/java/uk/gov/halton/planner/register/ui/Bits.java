package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.register.domain.Direction;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.TrafficLight;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** Small pieces the register's views share: symbols, lights, arrows, table rows and messages. */
final class Bits {

    static final String SYSTEM_DEFAULTS = "Set by the system; to be confirmed by the council";

    private Bits() {
    }

    static boolean canEnter(AuthenticationContext auth) {
        return auth.hasAnyRole(Role.OFFICER_NAME, Role.ADMIN_NAME);
    }

    static boolean isAdmin(AuthenticationContext auth) {
        return auth.hasRole(Role.ADMIN_NAME);
    }

    static Span light(TrafficLight light) {
        Span s = new Span(light == TrafficLight.NONE ? "None" : light.label());
        s.addClassNames("light", "light-" + light.name());
        String[] colours = switch (light) {
            case GREEN -> new String[]{"#2e7d32", "#fff"};
            case AMBER -> new String[]{"#f2a900", "#1f2a37"};
            case RED -> new String[]{"#c62828", "#fff"};
            case NONE -> new String[]{"transparent", "#55606e"};
        };
        s.getStyle().set("background", colours[0]).set("color", colours[1]).set("border-radius", "999px")
                .set("padding", "1px 8px").set("font-weight", "600").set("white-space", "nowrap")
                .set("print-color-adjust", "exact").set("-webkit-print-color-adjust", "exact");
        s.getElement().setAttribute("title", light.meaning());
        return s;
    }

    static Span arrow(Direction direction) {
        if (direction.arrow() == Direction.Arrow.NONE) {
            Span none = new Span("n/a");
            none.getElement().setAttribute("title", direction.description());
            return none;
        }
        Span s = new Span(direction.arrow().symbol() + " " + (direction.judgement() == Direction.Judgement.NEUTRAL
                ? direction.arrow().label() : direction.judgement().label()));
        s.addClassNames("arrow", "arrow-" + direction.judgement().name());
        s.getStyle().set("font-weight", "600").set("white-space", "nowrap").set("color", switch (direction.judgement()) {
            case BETTER -> "#1b5e20";
            case WORSE -> "#b71c1c";
            case NEUTRAL -> "#3d4a5c";
        });
        s.getElement().setAttribute("title", direction.description());
        s.getElement().setAttribute("aria-label", direction.description());
        return s;
    }

    static Span progress(ProgressStatus status) {
        Span s = new Span(status.symbol() + " " + status.label());
        s.addClassName("progress-" + status.name());
        s.getStyle().set("font-weight", "600").set("color", switch (status) {
            case ON_COURSE -> "#1b5e20";
            case UNCERTAIN -> "#7a5200";
            case WILL_NOT_BE_ACHIEVED -> "#b71c1c";
        });
        return s;
    }

    static Span sample() {
        Span s = new Span("SAMPLE");
        s.addClassName("register-sample");
        s.getStyle().set("background", "#fde2c8").set("color", "#6b3200").set("font-weight", "600").set("padding", "2px 6px");
        s.getElement().setAttribute("title", "Sample data for a demonstration, not Halton's figures");
        return s;
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
    }

    static NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        table.addClassName("register-table");
        if (caption != null) {
            table.setCaptionText(caption);
        }
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> {
            var th = head.addHeaderCell();
            th.setText(h);
            th.getStyle().set("border", "1px solid #c8ced6").set("padding", "4px 6px").set("background", "#e8ecf1")
                    .set("color", "#1f2a37").set("text-align", "left");
        });
        return table;
    }

    static NativeTableCell cell(NativeTableRow row, String text) {
        NativeTableCell cell = styled(row.addDataCell());
        cell.setText(text == null ? "" : text);
        return cell;
    }

    static NativeTableCell numberCell(NativeTableRow row, BigDecimal value) {
        NativeTableCell cell = cell(row, number(value));
        cell.addClassName("num");
        cell.getStyle().set("text-align", "right");
        return cell;
    }

    static NativeTableCell cell(NativeTableRow row, Component... content) {
        NativeTableCell cell = styled(row.addDataCell());
        cell.add(content);
        return cell;
    }

    private static NativeTableCell styled(NativeTableCell cell) {
        cell.getStyle().set("border", "1px solid #c8ced6").set("padding", "4px 6px").set("vertical-align", "top");
        return cell;
    }

    /** Secondary text: smaller and grey. */
    static <T extends com.vaadin.flow.component.HasStyle> T muted(T component) {
        component.addClassName("register-muted");
        component.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return component;
    }

    /** A notice: amber for system defaults, blue-grey for "not yet linked". */
    static <T extends com.vaadin.flow.component.HasStyle> T notice(T component, boolean amber) {
        component.getStyle().set("background", amber ? "#fff4d6" : "#e6ecf5").set("color", amber ? "#5c4400" : "#1f2a37")
                .set("border-radius", "4px").set("padding", "2px 6px");
        return component;
    }

    static List<FinancialYear> yearsAround(FinancialYear current) {
        return IntStream.rangeClosed(-6, 2).mapToObj(i -> new FinancialYear(current.startYear() + i)).toList();
    }

    static void error(String message) {
        Notification n = new Notification(new Span(message));
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.TOP_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
