package uk.gov.halton.planner.base;

/** The bytes of one reference-data file and where they came from. */
public record ReferenceFile(String name, String location, byte[] content) {

    /**
     * The content as strict UTF-8 (a byte-order mark is dropped): a file in another encoding is an error naming the
     * line of the first bad byte, not mojibake.
     */
    public String text() {
        try {
            return TextFiles.utf8(content);
        } catch (TextFiles.NotUtf8Exception e) {
            throw new ReferenceDataException(location, "line " + e.line(), e.problem());
        }
    }

    /**
     * The content as {@link #text()}, once it is no larger than {@code maxBytes}; a larger file is an error saying
     * how large it is and what {@code what} ("a template") may be at most.
     */
    public String text(int maxBytes, String what) {
        if (content.length > maxBytes) {
            throw new ReferenceDataException(
                    location,
                    null,
                    "the file is " + content.length + " bytes; " + what + " is at most " + TextFiles.size(maxBytes));
        }
        return text();
    }

    public String sha256() {
        return Sha256.hex(content);
    }
}
