package uk.gov.halton.planner.exercises.report;

import static uk.gov.halton.planner.base.PdfText.BODY;
import static uk.gov.halton.planner.base.PdfText.CELL;
import static uk.gov.halton.planner.base.PdfText.CELL_BOLD;
import static uk.gov.halton.planner.base.PdfText.HEAD;
import static uk.gov.halton.planner.base.PdfText.SMALL;
import static uk.gov.halton.planner.base.PdfText.TITLE;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import uk.gov.halton.planner.base.PdfText;

/**
 * A {@link ReportDocument} as an A4 PDF (OpenPDF, in the house styles and embedded fonts of {@link PdfText}, as the
 * register's quarterly report), so that names in any script print.
 */
public final class ReportDocumentPdf {

    private ReportDocumentPdf() {}

    public static byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 44, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report.title()));
            document.addTitle(report.title());
            document.addAuthor("Halton Borough Council: Safer Halton Planner");
            document.open();
            document.add(PdfText.paragraph(report.title(), TITLE));
            document.add(PdfText.paragraph(report.subtitle(), SMALL));
            for (ReportDocument.Block block : report.blocks()) {
                switch (block) {
                    case ReportDocument.Heading h -> document.add(PdfText.heading(h.text()));
                    case ReportDocument.Para p -> document.add(PdfText.paragraph(p.text(), BODY));
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
            document.add(PdfText.paragraph(t.empty(), BODY));
            return;
        }
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(PdfText.phrase(h, CELL_BOLD));
            cell.setBackgroundColor(HEAD);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(PdfText.phrase(value, CELL));
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
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    PdfText.phrase(title + "   Page " + writer.getPageNumber(), SMALL),
                    document.getPageSize().getWidth() / 2,
                    24,
                    0);
        }
    }
}
