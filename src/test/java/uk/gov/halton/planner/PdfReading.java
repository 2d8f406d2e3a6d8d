package uk.gov.halton.planner;

import java.io.IOException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads a PDF's text back as a reader's PDF tool would, for tests of what a downloaded report says. */
public final class PdfReading {

    private PdfReading() {}

    /**
     * Every page's text, with runs of white space folded to one space: table cells wrap, so compare words. A word the
     * layout broke after its hyphen ("call-" / "out") is joined again.
     */
    public static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString()
                    .replaceAll("(?<=\\p{L}-)\\s*\n\\s*(?=\\p{L})", "")
                    .replaceAll("\\s+", " ");
        }
    }
}
