package uk.gov.halton.planner.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text files that users upload and the repository ships are UTF-8. Reading is strict: a file in another encoding is
 * refused with the line of the first bad byte, never turned into replacement characters. A UTF-8 byte-order mark
 * (as spreadsheet programs write) is accepted and dropped.
 */
public final class TextFiles {

    private static final double MB = 1024 * 1024;

    private TextFiles() {}

    /** Why a file is not UTF-8 text: the line (from 1) of the first bad byte and what is wrong there. */
    public static final class NotUtf8Exception extends RuntimeException {

        private final int line;
        private final String problem;

        NotUtf8Exception(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public String problem() {
            return problem;
        }
    }

    /** The content as strict UTF-8 without a byte-order mark; {@link NotUtf8Exception} otherwise. */
    public static String utf8(byte[] content) {
        int start = 0;
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (content.length >= 2
                && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                        || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw new NotUtf8Exception(1, "the file is UTF-16 text, not UTF-8: save it as UTF-8 and try again");
        }
        for (int i = start; i < content.length; i++) {
            if (content[i] == 0) {
                throw new NotUtf8Exception(
                        lineAt(content, i),
                        "a NUL byte (0x00): the file is UTF-16 or binary, "
                                + "not UTF-8 text; save it as UTF-8 and try again");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, content.length + 1L));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new NotUtf8Exception(
                    lineAt(content, at),
                    String.format(
                            "the byte 0x%02X is not UTF-8 (the file may be "
                                    + "Latin-1 or Windows-1252): save it as UTF-8 and try again",
                            content[at] & 0xFF));
        }
        return out.flip().toString();
    }

    /**
     * An uploaded file as UTF-8 text: at most {@code maxBytes}, else {@link InvalidInputException} for the field
     * "file" naming the file (and the line of the first bad byte).
     */
    public static String upload(String fileName, byte[] content, int maxBytes, String what) {
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", name + " is empty.");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(
                    "file",
                    String.format("%s is %.1f MB; %s is at most %s.", name, content.length / MB, what, size(maxBytes)));
        }
        try {
            return utf8(content);
        } catch (NotUtf8Exception e) {
            throw new InvalidInputException("file", name + ", line " + e.line() + ": " + e.problem() + ".");
        }
    }

    /** "5 MB", "512 KB". */
    public static String size(long bytes) {
        return bytes >= MB && bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : bytes >= MB ? String.format("%.1f MB", bytes / MB) : (bytes + 1023) / 1024 + " KB";
    }

    private static int lineAt(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
