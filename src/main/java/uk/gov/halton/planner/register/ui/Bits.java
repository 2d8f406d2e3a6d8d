package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.register.domain.Direction;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.TrafficLight;

/** Small pieces the register's views share: symbols, lights, arrows, table rows and messages. */
final class Bits {

    static final String SYSTEM_DEFAULTS = "Set by the system; to be confirmed by the council";

    private Bits() {}

    static boolean canEnter(AuthenticationContext auth) {
        return auth.hasAnyRole(Role.OFFICER_NAME, Role.ADMIN_NAME);
    }

    static boolean isAdmin(AuthenticationContext auth) {
        return auth.hasRole(Role.ADMIN_NAME);
    }

    static Span light(TrafficLight light) {
        Span s = new Span(light == TrafficLight.NONE ? "None" : light.label());
        s.addClassNames("light", "light-" + light.name());
        s.getElement().setAttribute("title", light.meaning());
        return s;
    }

    static Span arrow(Direction direction) {
        if (direction.arrow() == Direction.Arrow.NONE) {
            Span none = new Span("n/a");
            none.getElement().setAttribute("title", direction.description());
            return none;
        }
        Span s = new Span(direction.arrow().symbol() + " "
                + (direction.judgement() == Direction.Judgement.NEUTRAL
                        ? direction.arrow().label()
                        : direction.judgement().label()));
        s.addClassNames("arrow", "arrow-" + direction.judgement().name());
        s.getElement().setAttribute("title", direction.description());
        s.getElement().setAttribute("aria-label", direction.description());
        return s;
    }

    static Span progress(ProgressStatus status) {
        Span s = new Span(status.symbol() + " " + status.label());
        s.addClassName("progress-" + status.name());
        return s;
    }

    static Span sample() {
        Span s = new Span("SAMPLE");
        s.addClassName("register-sample");
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
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> {
            var th = head.addHeaderCell();
            th.setText(h);
        });
        return table;
    }

    /**
     * A table too wide for a phone, shown there as one card per row: each cell carries its column's heading, which
     * the style sheet writes before the value, so no figure is hidden and nothing scrolls sideways. Call it once the
     * rows are in. The ARIA roles keep the table a table for screen readers when the cells are laid out as blocks.
     */
    static NativeTable cardsOnAPhone(NativeTable table) {
        table.addClassName("table-cards");
        table.getElement().setAttribute("role", "table");
        List<String> headings = new java.util.ArrayList<>();
        table.getHead().getRows().forEach(row -> {
            row.getElement().setAttribute("role", "row");
            row.getChildren().forEach(th -> {
                th.getElement().setAttribute("role", "columnheader");
                headings.add(th.getElement().getTextRecursively());
            });
        });
        table.getBody().getRows().forEach(row -> {
            row.getElement().setAttribute("role", "row");
            var cells = row.getChildren().toList();
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).getElement().setAttribute("role", "cell");
                if (i < headings.size()) {
                    cells.get(i).getElement().setAttribute("data-label", headings.get(i));
                }
            }
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
        return cell;
    }

    static NativeTableCell cell(NativeTableRow row, Component... content) {
        NativeTableCell cell = styled(row.addDataCell());
        cell.add(content);
        return cell;
    }

    private static NativeTableCell styled(NativeTableCell cell) {
        return cell;
    }

    /** Secondary text: smaller and grey. */
    static <T extends com.vaadin.flow.component.HasStyle> T muted(T component) {
        component.addClassName("register-muted");
        return component;
    }

    /** A notice: amber for system defaults, blue-grey for "not yet linked". */
    static <T extends com.vaadin.flow.component.HasStyle> T notice(T component, boolean amber) {
        component.addClassName(amber ? "register-flag" : "register-notlinked");
        return component;
    }

    static List<FinancialYear> yearsAround(FinancialYear current) {
        return IntStream.rangeClosed(-6, 2)
                .mapToObj(i -> new FinancialYear(current.startYear() + i))
                .toList();
    }
}
