package uk.gov.halton.planner.exercises.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a plain sequence of headings, paragraphs and tables, so that the PDF and the editable document are drawn
 * from one model and cannot say different things.
 */
public final class ReportDocument {

    public sealed interface Block permits Heading, Para, Table {}

    public record Heading(String text) implements Block {}

    public record Para(String text) implements Block {}

    public record Table(List<String> headers, List<List<String>> rows, String empty) implements Block {}

    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public ReportDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public ReportDocument para(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Para(text));
        }
        return this;
    }

    /** Each line of the text as its own paragraph; {@code none} when there is no text. */
    public ReportDocument lines(String text, String none) {
        if (text == null || text.isBlank()) {
            return para(none);
        }
        text.lines().filter(l -> !l.isBlank()).forEach(this::para);
        return this;
    }

    public ReportDocument table(List<String> headers, List<List<String>> rows, String empty) {
        blocks.add(new Table(List.copyOf(headers), List.copyOf(rows), empty));
        return this;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
