package uk.gov.halton.planner.register.report;

import java.util.Locale;

/**
 * A very small SVG builder. Every text and attribute value passes through {@link #escape}, so nothing from the data
 * can open a tag or an attribute.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder();

    SvgWriter(int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        out.append("<title>").append(escape(label)).append("</title>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"")
                .append(num(x1))
                .append("\" y1=\"")
                .append(num(y1))
                .append("\" x2=\"")
                .append(num(x2))
                .append("\" y2=\"")
                .append(num(y2))
                .append("\" style=\"stroke: ")
                .append(escape(stroke))
                .append("\" stroke-width=\"")
                .append(num(width))
                .append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(escape(dash)).append('"');
        }
        out.append("/>");
        return this;
    }

    SvgWriter polyline(java.util.List<double[]> points, String stroke) {
        out.append("<polyline fill=\"none\" style=\"stroke: ")
                .append(escape(stroke))
                .append("\" stroke-width=\"2\" points=\"");
        for (double[] p : points) {
            out.append(num(p[0])).append(',').append(num(p[1])).append(' ');
        }
        out.append("\"/>");
        return this;
    }

    SvgWriter circle(double cx, double cy, double r, String fill, String title) {
        out.append("<circle cx=\"")
                .append(num(cx))
                .append("\" cy=\"")
                .append(num(cy))
                .append("\" r=\"")
                .append(num(r))
                .append("\" style=\"fill: ")
                .append(escape(fill))
                .append("\"><title>")
                .append(escape(title))
                .append("</title></circle>");
        return this;
    }

    SvgWriter text(double x, double y, String anchor, int size, String fill, String text) {
        out.append("<text x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" text-anchor=\"")
                .append(escape(anchor))
                .append("\" font-family=\"sans-serif\" font-size=\"")
                .append(size)
                .append("\" style=\"fill: ")
                .append(escape(fill))
                .append("\">")
                .append(escape(text))
                .append("</text>");
        return this;
    }

    String finish() {
        return out.append("</svg>").toString();
    }
}
