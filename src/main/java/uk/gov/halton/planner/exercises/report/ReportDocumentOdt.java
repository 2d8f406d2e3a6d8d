package uk.gov.halton.planner.exercises.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A {@link ReportDocument} as an OpenDocument text (.odt) that Word, LibreOffice and Google Docs open for editing.
 * Written with the JDK's zip: the format needs only a stored mimetype, a manifest and the content, and a library
 * (Apache POI for DOCX is some 15 MB with its dependencies) would add far more than this report uses.
 */
public final class ReportDocumentOdt {

    public static final String MIME = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private ReportDocumentOdt() {}

    public static byte[] render(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "mimetype", MIME.getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/manifest.xml", manifest());
            deflated(zip, "styles.xml", styles());
            deflated(zip, "content.xml", content(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The mimetype comes first and uncompressed, so that tools recognise the file by its first bytes. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(MIME);
    }

    private static String styles() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles xmlns:office="%s" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
                 <office:styles>
                  <style:default-style style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:default-style>
                  <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
                  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
                  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
                 </office:styles>
                </office:document-styles>
                """.formatted(OFFICE);
    }

    private static String content(ReportDocument report) {
        StringBuilder body = new StringBuilder();
        body.append("<text:p text:style-name=\"Title\">")
                .append(xml(report.title()))
                .append("</text:p>");
        body.append("<text:p>").append(xml(report.subtitle())).append("</text:p>");
        int tables = 0;
        for (ReportDocument.Block block : report.blocks()) {
            switch (block) {
                case ReportDocument.Heading h ->
                    body.append("<text:h text:style-name=\"Heading_20_2\" " + "text:outline-level=\"2\">")
                            .append(xml(h.text()))
                            .append("</text:h>");
                case ReportDocument.Para p ->
                    body.append("<text:p>").append(xml(p.text())).append("</text:p>");
                case ReportDocument.Table t -> {
                    if (t.rows().isEmpty()) {
                        body.append("<text:p>").append(xml(t.empty())).append("</text:p>");
                        continue;
                    }
                    body.append("<table:table table:name=\"Table")
                            .append(++tables)
                            .append("\">");
                    body.append("<table:table-column table:number-columns-repeated=\"")
                            .append(t.headers().size())
                            .append("\"/><table:table-header-rows><table:table-row>");
                    t.headers()
                            .forEach(h -> body.append("<table:table-cell office:value-type=\"string\"><text:p "
                                            + "text:style-name=\"Table_20_Heading\">")
                                    .append(xml(h))
                                    .append("</text:p></table:table-cell>"));
                    body.append("</table:table-row></table:table-header-rows>");
                    for (var row : t.rows()) {
                        body.append("<table:table-row>");
                        row.forEach(v -> body.append("<table:table-cell office:value-type=\"string\"><text:p>")
                                .append(xml(v))
                                .append("</text:p></table:table-cell>"));
                        body.append("</table:table-row>");
                    }
                    body.append("</table:table>");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"" + OFFICE
                + "\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    }

    /** Text as XML character data; characters XML 1.0 cannot hold (stored text never has them) are dropped. */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
