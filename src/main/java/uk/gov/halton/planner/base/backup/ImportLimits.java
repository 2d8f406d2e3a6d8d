package uk.gov.halton.planner.base.backup;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import uk.gov.halton.planner.base.TextFiles;

/**
 * How much an export may make the import read, so that a small hostile ZIP (one CSV field of gigabytes that deflates
 * to a few megabytes) is refused instead of filling the memory: the characters in one CSV field, the bytes all
 * entries expand to together, and how many times its compressed size an entry may expand to. Counted on the bytes
 * actually inflated, not on the sizes the ZIP declares, which a hostile file can fake.
 */
record ImportLimits(long maxFieldChars, long maxExpandedBytes, long maxRatio) {

    private static final long MB = 1024 * 1024;

    /** Far above anything the application stores: its largest values are geometries of at most a million characters. */
    static final ImportLimits DEFAULT = new ImportLimits(4 * MB, 1024 * MB, 200);

    /** Fields in one record: the widest table has some dozens of columns. */
    static final int MAX_FIELDS = 1000;

    /** Below this many bytes an entry is not judged by its ratio: a small, very regular table compresses well. */
    static final long RATIO_FROM_BYTES = MB;

    /** A limit was passed; {@link DataImport} names the file, line and column. */
    static final class Exceeded extends RuntimeException {

        private final long line;
        private final int field;

        Exceeded(String problem, long line, int field) {
            super(problem, null, false, false);
            this.line = line;
            this.field = field;
        }

        /** The physical line the field at fault starts on (from 1), 0 when not known. */
        long line() {
            return line;
        }

        /** The field's position in its record (from 0), -1 when not known. */
        int field() {
            return field;
        }
    }

    /** Counts what all entries of one import expand to; one per import. */
    final class Budget {

        private long expanded;

        /** The entry's inflated bytes, refused past the total or the ratio. */
        InputStream open(InputStream entry, long compressedSize) {
            return new FilterInputStream(entry) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    read += n;
                    expanded += n;
                    if (expanded > maxExpandedBytes) {
                        throw new Exceeded(
                                "the export expands to more than " + TextFiles.size(maxExpandedBytes)
                                        + ", the most an import reads",
                                0,
                                -1);
                    }
                    if (read > RATIO_FROM_BYTES && read > Math.max(compressedSize, 1) * maxRatio) {
                        throw new Exceeded(
                                "the file expands to more than " + maxRatio + " times its compressed "
                                        + "size, which no export does (a ZIP bomb?)",
                                0,
                                -1);
                    }
                }
            };
        }
    }

    Budget budget() {
        return new Budget();
    }

    /**
     * The CSV text with each field's length and each record's number of fields checked as it is read, before the
     * parser gathers them. It follows
     * RFC 4180 quoting only as far as needed to know where fields and records end, and adds the line and field to a
     * limit the bytes underneath passed.
     */
    Reader fields(Reader csv) {
        return new FilterReader(csv) {
            private long line = 1;
            private long fieldLine = 1;
            private int field;
            private long fieldChars;
            private boolean quoted;

            @Override
            public int read() throws IOException {
                char[] one = new char[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n;
                try {
                    n = super.read(buffer, offset, length);
                } catch (Exceeded e) {
                    throw new Exceeded(e.getMessage(), fieldLine, field);
                }
                for (int i = offset; i < offset + n; i++) {
                    see(buffer[i]);
                }
                return n;
            }

            private void see(char c) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == ',' || c == '\n')) {
                    field = c == ',' ? field + 1 : 0;
                    if (field >= MAX_FIELDS) {
                        throw new Exceeded(
                                String.format("the record has more than %,d fields, which no table has", MAX_FIELDS),
                                fieldLine,
                                -1);
                    }
                    fieldChars = 0;
                    line += c == '\n' ? 1 : 0;
                    fieldLine = line;
                    return;
                } else if (c == '\n') {
                    line++;
                }
                if (++fieldChars > maxFieldChars) {
                    throw new Exceeded(
                            String.format(
                                    "the value is longer than %,d characters, the most an export's " + "field holds",
                                    maxFieldChars),
                            fieldLine,
                            field);
                }
            }
        };
    }
}
