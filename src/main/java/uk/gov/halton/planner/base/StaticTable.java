package uk.gov.halton.planner.base;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A read-only table that the browser draws from one piece of markup, escaped here: the whole table is one node in
 * the user's session, where a grid or a table of components keeps several for every column, row and cell (the
 * programme's checks cost each signed-in user about 40 KB as a grid). For short tables that only show and link; a
 * table with selection, sorting or controls stays a grid. It looks like the register's tables, and on a phone each
 * row is a card whose cells carry their column's heading, so nothing is hidden and nothing scrolls sideways.
 */
public final class StaticTable {

    /** One cell: text, optionally as a link (an address inside the application) or after a pill. */
    public record Cell(String text, String href, Kit.Pill pill) {

        public static Cell text(String text) {
            return new Cell(text, null, null);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }

        public static Cell pill(Kit.Pill pill, String text) {
            return new Cell(text, null, pill);
        }
    }

    private StaticTable() {}

    public static Html of(String className, List<String> headings, List<List<Cell>> rows) {
        StringBuilder html = new StringBuilder("<table role=\"table\" class=\"register-table table-cards ")
                .append(escape(className))
                .append("\"><thead><tr role=\"row\">");
        headings.forEach(h -> html.append("<th role=\"columnheader\" scope=\"col\">")
                .append(escape(h))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<Cell> row : rows) {
            html.append("<tr role=\"row\">");
            for (int i = 0; i < row.size(); i++) {
                html.append("<td role=\"cell\" data-label=\"")
                        .append(i < headings.size() ? escape(headings.get(i)) : "")
                        .append("\">");
                cell(html, row.get(i));
                html.append("</td>");
            }
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table>").toString());
    }

    private static void cell(StringBuilder html, Cell cell) {
        String text = escape(cell.text());
        if (cell.pill() != null) {
            html.append("<span class=\"pill-and-text\"><span class=\"")
                    .append(escape(cell.pill().classes()))
                    .append("\">")
                    .append(escape(cell.pill().text()))
                    .append("</span> <span>")
                    .append(text)
                    .append("</span></span>");
        } else if (cell.href() != null) {
            html.append("<a class=\"touch-target\" href=\"")
                    .append(escape(cell.href()))
                    .append("\">")
                    .append(text)
                    .append("</a>");
        } else {
            html.append(text);
        }
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
