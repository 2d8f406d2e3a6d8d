package uk.gov.halton.planner.base;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * Text for the PDF in embedded Unicode fonts (see resources/fonts/README.md). OpenPDF's built-in Helvetica knows only
 * Latin-1, and a font selector silently drops what no font has: here Latin, Greek, Cyrillic and symbols such as the
 * euro come from DejaVu Sans, Chinese, Japanese and Korean from Droid Sans Fallback, and anything else (an emoji) is
 * printed as the replacement character, so that a reader sees something is missing. DejaVu has some emoji (😀).
 * The styles below are the house look of every PDF the planner draws (the register's quarterly report, an exercise's
 * test report): only their size, weight and colour count, {@link #phrase} puts them in the embedded fonts.
 */
public final class PdfText {

    public static final char REPLACEMENT = '\uFFFD';

    public static final Color INK = new Color(0x1f, 0x2a, 0x37);
    public static final Color MUTED = new Color(0x55, 0x60, 0x6e);
    /** The background of table headings. */
    public static final Color HEAD = new Color(0xe8, 0xec, 0xf1);

    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, INK);
    public static final Font H2 = new Font(Font.HELVETICA, 12.5f, Font.BOLD, INK);
    public static final Font H3 = new Font(Font.HELVETICA, 10, Font.BOLD, INK);
    public static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    public static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, MUTED);
    public static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);
    public static final Font CELL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD, INK);

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    private static final BaseFont CJK = load("DroidSansFallbackFull.ttf");

    private PdfText() {}

    /** The text in the given style (size, weight, colour of the font), each character in a font that has it. */
    public static Phrase phrase(String text, Font style) {
        boolean bold = (style.getStyle() & Font.BOLD) != 0;
        BaseFont main = bold ? BOLD : REGULAR;
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(main, style.getSize(), style.getStyle() & ~Font.BOLD, style.getColor()));
        // The fallback has no bold face: OpenPDF thickens its strokes instead.
        selector.addFont(new Font(CJK, style.getSize(), style.getStyle(), style.getColor()));
        Phrase phrase = selector.process(printable(text == null ? "" : text, List.of(main, CJK)));
        phrase.setLeading(style.getSize() * 1.5f);
        return phrase;
    }

    /** A paragraph of the text in the given style, in the embedded fonts. */
    public static Paragraph paragraph(String text, Font style) {
        return new Paragraph(phrase(text, style));
    }

    /** A section heading (H2), spaced from the text above and below it. */
    public static Paragraph heading(String text) {
        Paragraph p = paragraph(text, H2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    /** The text with every character that no font has replaced by U+FFFD. */
    public static String printable(String text, List<BaseFont> fonts) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean control = c == '\n' || c == '\r' || c == '\t';
            boolean drawn = control || fonts.stream().anyMatch(f -> f.charExists(c));
            if (drawn) {
                out.appendCodePoint(c);
            } else if (!Character.isWhitespace(c)
                    && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(REPLACEMENT);
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfText.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
