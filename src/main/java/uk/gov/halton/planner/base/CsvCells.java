package uk.gov.halton.planner.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV for exports that spreadsheets open: text that would run as a formula is neutralised. */
public final class CsvCells {

    private CsvCells() {}

    /** A cell starting with = + - @, a tab or a carriage return gets a leading apostrophe; null becomes empty. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** RFC 4180 text with a header row; every data cell neutralised. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
