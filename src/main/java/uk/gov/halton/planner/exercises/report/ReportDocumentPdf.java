package uk.gov.halton.planner.exercises.report;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** A {@link ReportDocument} as an A4 PDF (OpenPDF, as the register's quarterly report). */
public final class ReportDocumentPdf {

    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    private static final Color HEAD = new Color(0xe8, 0xec, 0xf1);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
    private static final Font H2 = new Font(Font.HELVETICA, 12.5f, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, MUTED);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD, INK);

    private ReportDocumentPdf() {
    }

    public static byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 44, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report.title()));
            document.addTitle(report.title());
            document.addAuthor("Halton Borough Council: Safer Halton Planner");
            document.open();
            document.add(new Paragraph(report.title(), TITLE));
            document.add(new Paragraph(report.subtitle(), SMALL));
            for (ReportDocument.Block block : report.blocks()) {
                switch (block) {
                    case ReportDocument.Heading h -> {
                        Paragraph p = new Paragraph(h.text(), H2);
                        p.setSpacingBefore(12);
                        p.setSpacingAfter(4);
                        document.add(p);
                    }
                    case ReportDocument.Para p -> document.add(new Paragraph(p.text(), BODY));
                    case ReportDocument.Table t -> table(document, t);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report could not be drawn as a PDF", e);
        }
        return out.toByteArray();
    }

    private static void table(Document document, ReportDocument.Table t) {
        if (t.rows().isEmpty()) {
            document.add(new Paragraph(t.empty(), BODY));
            return;
        }
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, CELL_BOLD));
            cell.setBackgroundColor(HEAD);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, CELL));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    private static final class Footer extends PdfPageEventHelper {
        private final String title;

        Footer(String title) {
            this.title = title;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(title + "   Page " + writer.getPageNumber(), SMALL),
                    document.getPageSize().getWidth() / 2, 24, 0);
        }
    }
}
