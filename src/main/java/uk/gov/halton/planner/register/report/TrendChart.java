package uk.gov.halton.planner.register.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-drawn trend line of an indicator's quarterly figures, with a plain-text alternative that says every value.
 */
public final class TrendChart {

    /** One point: its label ("Q1 2025/26"), the figure (or null) and whether it is sample data. */
    public record Point(String label, BigDecimal value, boolean sample) {}

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 20;
    private static final int BOTTOM = 56;

    // Colours as style properties on Lumo's tokens, so that the chart follows the dark theme (its fixed colours were
    // 2:1 on the dark page); the fallbacks are for the SVG seen outside the application.
    private static final String TEXT = "var(--lumo-secondary-text-color, #3d4a5c)";
    private static final String GRID = "var(--lumo-contrast-20pct, #d0d5dc)";
    private static final String AXIS = "var(--lumo-contrast-60pct, #3d4a5c)";
    private static final String LINE = "var(--lumo-primary-text-color, #1a5fb4)";
    private static final String SAMPLE = "var(--lumo-warning-text-color, #b35c00)";

    private TrendChart() {}

    public static String svg(String title, String unit, List<Point> points) {
        SvgWriter svg = new SvgWriter(WIDTH, HEIGHT, title + ": " + textAlternative(unit, points));
        double max = points.stream()
                .filter(p -> p.value() != null)
                .mapToDouble(p -> p.value().doubleValue())
                .max()
                .orElse(0);
        double top = niceCeiling(max);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double y = TOP + plotH - plotH * i / 4;
            svg.line(LEFT, y, WIDTH - RIGHT, y, GRID, 1, null);
            svg.text(LEFT - 6, y + 4, "end", 11, TEXT, format(v));
        }
        svg.line(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH, AXIS, 1, null);
        double step = points.size() > 1 ? plotW / (points.size() - 1) : 0;
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + step * i + (points.size() == 1 ? plotW / 2 : 0);
            svg.text(x, HEIGHT - BOTTOM + 16, "middle", 10, TEXT, p.label().split(" ")[0]);
            if (p.label().startsWith("Q1")) {
                svg.text(
                        x,
                        HEIGHT - BOTTOM + 30,
                        "start",
                        10,
                        TEXT,
                        p.label().substring(p.label().indexOf(' ') + 1));
            }
            if (p.value() == null) {
                flush(svg, run);
                continue;
            }
            double y = TOP + plotH - (top == 0 ? 0 : plotH * p.value().doubleValue() / top);
            run.add(new double[] {x, y});
            svg.circle(
                    x,
                    y,
                    4,
                    p.sample() ? SAMPLE : LINE,
                    p.label() + ": " + format(p.value().doubleValue()) + (p.sample() ? " (sample)" : ""));
        }
        flush(svg, run);
        if (points.stream().allMatch(p -> p.value() == null)) {
            svg.text(WIDTH / 2.0, TOP + plotH / 2, "middle", 14, TEXT, "No figures yet");
        }
        svg.text(
                LEFT,
                HEIGHT - 8,
                "start",
                11,
                TEXT,
                "Quarterly figures (" + unit + ")"
                        + (points.stream().anyMatch(Point::sample) ? "; orange points are SAMPLE data" : ""));
        return svg.finish();
    }

    private static void flush(SvgWriter svg, List<double[]> run) {
        if (run.size() > 1) {
            svg.polyline(run, LINE);
        }
        run.clear();
    }

    /** Every point in words, for screen readers and for anyone who cannot see the chart. */
    public static String textAlternative(String unit, List<Point> points) {
        StringBuilder b = new StringBuilder("Quarterly figures (" + unit + "): ");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            b.append(i == 0 ? "" : "; ")
                    .append(p.label())
                    .append(' ')
                    .append(
                            p.value() == null
                                    ? "no figure"
                                    : format(p.value().doubleValue()) + (p.sample() ? " (sample)" : ""));
        }
        return b.append('.').toString();
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= max) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.UK, "%.1f", v);
    }
}
