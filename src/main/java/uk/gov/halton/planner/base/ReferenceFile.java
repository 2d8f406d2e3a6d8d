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

    public String sha256() {
        return Sha256.hex(content);
    }
}
