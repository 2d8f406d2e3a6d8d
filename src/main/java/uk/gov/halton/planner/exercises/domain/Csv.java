package uk.gov.halton.planner.exercises.domain;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** CSV text in which no cell can run as a spreadsheet formula. */
public final class Csv {

    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe. */
    public static String neutralise(String cell) {
        return uk.gov.halton.planner.base.CsvCells.neutralise(cell);
    }
}
