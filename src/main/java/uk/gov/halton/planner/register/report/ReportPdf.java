package uk.gov.halton.planner.register.report;

import static uk.gov.halton.planner.base.PdfText.BODY;
import static uk.gov.halton.planner.base.PdfText.CELL;
import static uk.gov.halton.planner.base.PdfText.CELL_BOLD;
import static uk.gov.halton.planner.base.PdfText.H3;
import static uk.gov.halton.planner.base.PdfText.HEAD;
import static uk.gov.halton.planner.base.PdfText.INK;
import static uk.gov.halton.planner.base.PdfText.MUTED;
import static uk.gov.halton.planner.base.PdfText.SMALL;
import static uk.gov.halton.planner.base.PdfText.TITLE;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import uk.gov.halton.planner.base.PdfText;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.register.domain.Direction;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.QuarterlyReport;
import uk.gov.halton.planner.register.domain.RegisterText;
import uk.gov.halton.planner.register.domain.TrafficLight;

/** The quarterly report as an A4 PDF, drawn with OpenPDF from the same model as the page. */
public final class ReportPdf {

    private static final Color RULE = new Color(0xc8, 0xce, 0xd6);
    private static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    private static final Color AMBER = new Color(0xf2, 0xa9, 0x00);
    private static final Color RED = new Color(0xc6, 0x28, 0x28);
    private static final Color SAMPLE = new Color(0xb3, 0x5c, 0x00);

    private static final Font SAMPLE_FONT = new Font(Font.HELVETICA, 10, Font.BOLD, SAMPLE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private ReportPdf() {}

    public static byte[] render(QuarterlyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 44, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report));
            document.addTitle(report.title());
            document.addAuthor("Halton Borough Council: Safer Halton Planner");
            document.open();
            document.add(para(report.title(), TITLE));
            document.add(para("Generated " + STAMP.withZone(PlannerZone.zone()).format(report.generatedAt()), SMALL));
            if (report.sample()) {
                document.add(para(
                        "SAMPLE DATA: some figures or progress in this report are sample data "
                                + "for a demonstration, not Halton's.",
                        SAMPLE_FONT));
            }
            section(document, "Introduction");
            document.add(para(report.priorityName() + ": " + report.priorityStatement(), BODY));

            section(document, "Key developments");
            if (report.keyDevelopments().isEmpty()) {
                document.add(para("None recorded for this theme.", BODY));
            }
            for (RegisterText t : report.keyDevelopments()) {
                text(document, t);
            }
            if (!report.emergingIssues().isEmpty()) {
                section(document, "Emerging issues");
                for (RegisterText t : report.emergingIssues()) {
                    text(document, t);
                }
            }
            section(document, "Objectives and milestones");
            milestones(document, report);
            section(document, "Performance indicators");
            indicators(document, report);
            section(document, "Key to the symbols");
            key(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be drawn as a PDF", e);
        }
        return out.toByteArray();
    }

    /** A paragraph of text in the embedded fonts, so that no character is lost (see PdfText). */
    private static Paragraph para(String text, Font font) {
        return PdfText.paragraph(text, font);
    }

    private static void section(Document document, String title) {
        document.add(PdfText.heading(title));
    }

    private static void text(Document document, RegisterText t) {
        Paragraph heading = para(
                (t.getGroupTitle() == null ? "" : t.getGroupTitle() + ": ")
                        + (t.getHeading() == null ? "" : t.getHeading()),
                H3);
        heading.setSpacingBefore(6);
        document.add(heading);
        if (t.getIntro() != null) {
            for (String paragraph : t.getIntro().split("\n\n")) {
                document.add(para(paragraph, BODY));
            }
        }
        org.openpdf.text.List list = new org.openpdf.text.List(false, 10);
        list.setListSymbol(new Chunk("•  ", BODY));
        t.getItems().forEach(i -> list.add(new org.openpdf.text.ListItem(PdfText.phrase(i, BODY))));
        if (!t.getItems().isEmpty()) {
            document.add(list);
        }
        if (t.getFootnote() != null) {
            document.add(para("Note: " + t.getFootnote(), SMALL));
        }
    }

    private static void milestones(Document document, QuarterlyReport report) {
        if (report.milestones().isEmpty()) {
            document.add(para("No milestones carry this theme.", BODY));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {11, 40, 14, 35});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"Objective", "Milestone", "Progress", "Commentary"}) {
            table.addCell(head(h));
        }
        for (QuarterlyReport.MilestoneRow row : report.milestones()) {
            table.addCell(cell(row.objectiveRef(), CELL_BOLD));
            table.addCell(cell(row.milestone().getWording(), CELL));
            var progress = row.progress();
            if (progress.isPresent()) {
                Phrase phrase = new Phrase();
                phrase.add(symbol(progress.status()));
                phrase.add(PdfText.phrase("  " + progress.status().label(), CELL));
                table.addCell(padded(new PdfPCell(phrase)));
                String by = progress.author() == null
                        ? ""
                        : " (" + progress.author()
                                + (progress.writtenAt() == null
                                        ? ""
                                        : ", "
                                                + STAMP.withZone(PlannerZone.zone())
                                                        .format(progress.writtenAt()))
                                + ")";
                Phrase commentary = PdfText.phrase(progress.commentary() + by, CELL);
                if (progress.sample()) {
                    commentary.add(new Chunk("  SAMPLE", new Font(Font.HELVETICA, 8, Font.BOLD, SAMPLE)));
                }
                table.addCell(padded(new PdfPCell(commentary)));
            } else {
                table.addCell(cell("Not reported", CELL));
                table.addCell(cell(progress.missing(), CELL));
            }
        }
        document.add(table);
    }

    private static void indicators(Document document, QuarterlyReport report) {
        if (report.indicators().isEmpty()) {
            document.add(para("No indicators carry this theme.", BODY));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {9, 33, 9, 9, 9, 9, 11, 11});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : report.indicatorHeadings()) {
            table.addCell(head(h));
        }
        for (QuarterlyReport.IndicatorRow row : report.indicators()) {
            table.addCell(cell(row.indicator().getRef(), CELL_BOLD));
            String description =
                    row.indicator().getDescription() + " (" + row.indicator().getUnit() + "; "
                            + row.indicator().getQuarterlyMode().label().toLowerCase(Locale.UK) + ")"
                            + (row.note() == null ? "" : ". " + row.note());
            Phrase d = PdfText.phrase(description, CELL);
            if (row.sample()) {
                d.add(new Chunk("  SAMPLE", new Font(Font.HELVETICA, 8, Font.BOLD, SAMPLE)));
            }
            table.addCell(padded(new PdfPCell(d)));
            table.addCell(number(row.previousYearActual()));
            table.addCell(number(row.target()));
            table.addCell(number(row.quarterValue()));
            table.addCell(number(row.toDate()));
            table.addCell(light(row.light()));
            table.addCell(arrow(row.direction()));
        }
        document.add(table);
    }

    private static void key(Document document) {
        PdfPTable table = new PdfPTable(new float[] {18, 82});
        table.setWidthPercentage(100);
        table.addCell(head("Symbol"));
        table.addCell(head("Meaning"));
        for (ProgressStatus s : ProgressStatus.values()) {
            Phrase p = new Phrase();
            p.add(symbol(s));
            table.addCell(padded(new PdfPCell(p)));
            table.addCell(cell("Milestone: " + s.label() + ".", CELL));
        }
        for (TrafficLight l : TrafficLight.values()) {
            table.addCell(light(l));
            table.addCell(cell(
                    "Indicator against its target: " + l.meaning() + ". The year-to-date figure is compared "
                            + "with the part of the year's target due by the quarter's end.",
                    CELL));
        }
        table.addCell(arrow(new Direction(Direction.Arrow.UP, Direction.Judgement.BETTER)));
        table.addCell(cell(
                "Direction of travel: the quarter's figure compared with the same quarter last year (not with "
                        + "the target). Green where better, red where worse; grey where neither higher nor lower is better.",
                CELL));
        document.add(table);
    }

    private static Chunk symbol(ProgressStatus status) {
        return switch (status) {
            case ON_COURSE -> new Chunk("4", new Font(Font.ZAPFDINGBATS, 10, Font.NORMAL, GREEN));
            case UNCERTAIN -> new Chunk("?", new Font(Font.HELVETICA, 11, Font.BOLD, AMBER.darker()));
            case WILL_NOT_BE_ACHIEVED -> new Chunk("8", new Font(Font.ZAPFDINGBATS, 10, Font.NORMAL, RED));
        };
    }

    private static PdfPCell light(TrafficLight light) {
        Color bg = switch (light) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case NONE -> null;
        };
        Font font = new Font(
                Font.HELVETICA,
                8,
                Font.BOLD,
                light == TrafficLight.GREEN || light == TrafficLight.RED ? Color.WHITE : INK);
        PdfPCell cell = padded(new PdfPCell(PdfText.phrase(light == TrafficLight.NONE ? "None" : light.label(), font)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        if (bg != null) {
            cell.setBackgroundColor(bg);
        }
        return cell;
    }

    private static PdfPCell arrow(Direction direction) {
        if (direction.arrow() == Direction.Arrow.NONE) {
            return cell("n/a", CELL);
        }
        Color colour = switch (direction.judgement()) {
            case BETTER -> GREEN;
            case WORSE -> RED;
            case NEUTRAL -> MUTED;
        };
        char glyph = switch (direction.arrow()) {
            case UP -> '\u2191';
            case DOWN -> '\u2193';
            default -> '\u2192';
        };
        Phrase p = new Phrase();
        p.add(new Chunk(String.valueOf(glyph), new Font(Font.SYMBOL, 10, Font.NORMAL, colour)));
        p.add(new Chunk(
                " "
                        + (direction.judgement() == Direction.Judgement.NEUTRAL
                                ? direction.arrow().label()
                                : direction.judgement().label()),
                new Font(Font.HELVETICA, 7.5f, Font.NORMAL, colour)));
        PdfPCell cell = padded(new PdfPCell(p));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell head(String text) {
        PdfPCell cell = padded(new PdfPCell(PdfText.phrase(text, CELL_BOLD)));
        cell.setBackgroundColor(HEAD);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        return padded(new PdfPCell(PdfText.phrase(text == null ? "" : text, font)));
    }

    private static PdfPCell number(BigDecimal value) {
        PdfPCell cell = cell(value == null ? "–" : TrendChart.format(value.doubleValue()), CELL);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell padded(PdfPCell cell) {
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** Page numbers and, on every page of a report with sample data, a line saying so. */
    private static final class Footer extends PdfPageEventHelper {
        private final QuarterlyReport report;

        Footer(QuarterlyReport report) {
            this.report = report;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            String text = "Safer Halton Partnership quarterly report: "
                    + report.theme().title() + ", Q" + report.quarter() + " "
                    + report.year().label() + "   Page " + writer.getPageNumber();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    PdfText.phrase(text, SMALL),
                    page.getWidth() / 2,
                    24,
                    0);
            if (report.sample()) {
                ColumnText.showTextAligned(
                        writer.getDirectContent(),
                        Element.ALIGN_CENTER,
                        PdfText.phrase("SAMPLE DATA: not Halton's figures", SAMPLE_FONT),
                        page.getWidth() / 2,
                        34,
                        0);
            }
        }
    }
}
