package uk.gov.halton.planner.base.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextFiles;

/**
 * manifest.json: what wrote the export, the schema version its rows fit, and per table the file, the row count and
 * the columns with their types. The conventions say in words how values are written, so that someone with only the
 * ZIP can read it. It is written last, so that its row counts are the rows actually written.
 */
record Manifest(
        String format,
        int formatVersion,
        String application,
        String schemaVersion,
        String exportedAt,
        String sourceDatabase,
        Map<String, String> conventions,
        List<TableEntry> tables) {

    static final String FORMAT = "safer-halton-planner-export";
    static final int FORMAT_VERSION = 1;
    static final String FILE_NAME = "manifest.json";
    /** Some hundred bytes per column: a megabyte is thousands of tables. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record TableEntry(String name, String file, long rows, List<String> primaryKey, List<ColumnEntry> columns) {}

    /** {@code type} is the kind the value is written as; {@code databaseType} the source database's own name. */
    record ColumnEntry(String name, String type, String databaseType, boolean nullable) {}

    static Map<String, String> standardConventions() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("files", "One CSV file per table, named after the table; tables are listed parents first.");
        c.put("csv", "RFC 4180: UTF-8, comma-separated, CRLF between records, a header row of column names.");
        c.put(
                "null",
                "An SQL NULL is an empty field without quotes (,,). Every other value is in double quotes, "
                        + "so an empty string is \"\". (PostgreSQL's COPY ... CSV reads the same convention.)");
        c.put("boolean", "true or false");
        c.put("integer", "Decimal digits with an optional minus sign.");
        c.put("decimal", "Plain decimal notation, no exponent, '.' as the decimal point.");
        c.put("float", "Java's Double.toString: the shortest text that reads back as the same number.");
        c.put("date", "ISO 8601 calendar date, YYYY-MM-DD.");
        c.put("time", "ISO 8601 local time, HH:MM:SS[.fraction].");
        c.put("timestamp", "ISO 8601 local date and time without offset, YYYY-MM-DDTHH:MM:SS[.fraction].");
        c.put("timestamp-with-offset", "ISO 8601 date and time with its offset, e.g. 2025-04-01T09:30:00Z.");
        c.put("binary", "Base64 (RFC 4648, standard alphabet, with padding).");
        c.put("uuid", "The 36-character hyphenated form.");
        c.put(
                "formulas",
                "None neutralised: this is a faithful data backup, not a spreadsheet export, so a cell "
                        + "that starts with = + - or @ is written as stored. Do not open it in a spreadsheet and save it "
                        + "back.");
        return c;
    }

    byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    /** The manifest of the export {@code zip} (named {@code source} in messages), checked before anything is loaded. */
    static Manifest read(ZipFile zip, String source) throws IOException {
        ZipEntry entry = zip.getEntry(FILE_NAME);
        if (entry == null) {
            throw invalid(source + " has no manifest.json, so it is not an export of Safer Halton Planner.");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            // Read no more than a manifest can need, whatever the ZIP says the entry's size is.
            byte[] json = in.readNBytes(MAX_BYTES + 1);
            if (json.length > MAX_BYTES) {
                throw invalid(source + ": manifest.json is longer than " + TextFiles.size(MAX_BYTES)
                        + ", which no export's manifest is.");
            }
            manifest = parse(json);
        } catch (JacksonException e) {
            throw invalid(source + ": manifest.json is not valid: " + e.getOriginalMessage());
        }
        if (manifest == null || !FORMAT.equals(manifest.format())) {
            throw invalid(source + ": manifest.json does not name the format '" + FORMAT + "'.");
        }
        if (manifest.formatVersion() != FORMAT_VERSION) {
            throw invalid(source + " is in format version " + manifest.formatVersion()
                    + "; this application reads version " + FORMAT_VERSION + ".");
        }
        if (manifest.schemaVersion() == null
                || manifest.schemaVersion().isBlank()
                || manifest.tables() == null
                || manifest.tables().stream().anyMatch(t -> t == null || t.name() == null || t.file() == null)) {
            throw invalid(source + ": manifest.json lacks the schema version, the tables or a table's name or file.");
        }
        try {
            MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw invalid(source + ": manifest.json has the schema version '" + manifest.schemaVersion()
                    + "', which is not a version.");
        }
        return manifest;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("backup", message);
    }

    /** @throws tools.jackson.core.JacksonException when the text is not a manifest */
    static Manifest parse(byte[] json) {
        return JSON.readValue(json, Manifest.class);
    }
}
