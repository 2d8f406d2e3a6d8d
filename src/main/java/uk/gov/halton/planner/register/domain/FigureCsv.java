package uk.gov.halton.planner.register.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextFiles;

/**
 * Figures as CSV: indicator, financial_year, period, kind, amount, sample, reason. Import is all-or-nothing and lists
 * every problem by row and column; export neutralises cells that a spreadsheet would run as a formula.
 */
@Service
public class FigureCsv {

    public static final List<String> COLUMNS =
            List.of("indicator", "financial_year", "period", "kind", "amount", "sample", "reason");
    private static final int MAX_ROWS = 10_000;
    /** The largest figures file an officer may import. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final FigureService figures;
    private final Indicators indicators;

    FigureCsv(FigureService figures, Indicators indicators) {
        this.figures = figures;
        this.indicators = indicators;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String export() {
        Map<Long, String> refs = new HashMap<>();
        indicators.findAll().forEach(i -> refs.put(i.getId(), i.getRef()));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            List<Figure> all = new ArrayList<>(figures.all());
            all.sort(Comparator.comparing((Figure f) -> refs.get(f.getIndicatorId()))
                    .thenComparing(Figure::getFyStart)
                    .thenComparing(Figure::getPeriod)
                    .thenComparing(Figure::getKind));
            for (Figure f : all) {
                printer.printRecord(
                        safe(refs.get(f.getIndicatorId())),
                        new FinancialYear(f.getFyStart()).label(),
                        FigureInput.periodLabel(f.getPeriod()),
                        f.getKind().name().toLowerCase(Locale.ROOT),
                        f.getAmount().stripTrailingZeros().toPlainString(),
                        f.isSample() ? "yes" : "no",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would read as a formula gets a leading apostrophe. */
    public static String safe(String cell) {
        return uk.gov.halton.planner.base.CsvCells.neutralise(cell);
    }

    /**
     * Imports an uploaded file: at most 2 MB of UTF-8 (a byte-order mark, as spreadsheets write, is allowed), else
     * {@link InvalidInputException} naming the file and the line of the first bad byte; then as {@link #importCsv(String)}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    public int importCsv(String fileName, byte[] content) {
        return importCsv(TextFiles.upload(fileName, content, MAX_BYTES, "a figures file"));
    }

    /** Imports every row or none; returns how many figures changed. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    public int importCsv(String text) {
        if (text == null || text.length() > MAX_BYTES) {
            throw new InvalidInputException("file", "A figures file is at most " + TextFiles.size(MAX_BYTES) + ".");
        }
        List<CsvImportException.Problem> problems = new ArrayList<>();
        List<FigureInput> inputs = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            Set<String> headers = new HashSet<>(parser.getHeaderNames());
            for (String column : COLUMNS.subList(0, 5)) {
                if (!headers.contains(column)) {
                    problems.add(
                            new CsvImportException.Problem(1, column, "the header has no column '" + column + "'"));
                }
            }
            if (!problems.isEmpty()) {
                throw new CsvImportException(problems);
            }
            Set<String> seen = new HashSet<>();
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (inputs.size() + problems.size() > MAX_ROWS) {
                    problems.add(
                            new CsvImportException.Problem(row, null, "at most " + MAX_ROWS + " rows in one file"));
                    break;
                }
                if (record.size() != columns) {
                    // A row cut short (a truncated file) or with extra cells: its values may sit in the wrong columns.
                    problems.add(new CsvImportException.Problem(
                            row,
                            null,
                            "the row has " + record.size() + " values but the header has " + columns + " columns"));
                    continue;
                }
                if (get(record, "amount").isBlank()) {
                    continue; // a blank amount changes nothing: a partly filled sheet must not wipe figures
                }
                FigureInput input = read(record, row, problems);
                if (input == null) {
                    continue;
                }
                String key = input.indicatorRef() + "|" + input.year() + "|" + input.period() + "|" + input.kind();
                if (!seen.add(key)) {
                    problems.add(
                            new CsvImportException.Problem(row, "period", "the same figure appears on an earlier row"));
                    continue;
                }
                try {
                    figures.check(input);
                    inputs.add(input);
                    rows.add(row);
                } catch (InvalidInputException e) {
                    problems.add(new CsvImportException.Problem(row, column(e.field()), e.getMessage()));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new CsvImportException.Problem(1, null, "the file is not readable CSV: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with an empty or a repeated column name.
            problems.add(new CsvImportException.Problem(1, null, "the header row is not usable: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        if (inputs.isEmpty()) {
            throw new CsvImportException(List.of(new CsvImportException.Problem(1, null, "the file has no figures")));
        }
        return figures.save(inputs);
    }

    private static String column(String field) {
        return switch (field) {
            case "indicator" -> "indicator";
            case "year" -> "financial_year";
            case "period" -> "period";
            case "kind" -> "kind";
            case "reason" -> "reason";
            default -> "amount";
        };
    }

    private static FigureInput read(CSVRecord record, long row, List<CsvImportException.Problem> problems) {
        int before = problems.size();
        String ref = get(record, "indicator");
        if (ref.isEmpty()) {
            problems.add(new CsvImportException.Problem(row, "indicator", "the indicator is missing"));
        }
        FinancialYear year = null;
        try {
            year = FinancialYear.parse(get(record, "financial_year"));
        } catch (IllegalArgumentException e) {
            problems.add(new CsvImportException.Problem(row, "financial_year", e.getMessage()));
        }
        int period = -1;
        String p = get(record, "period").toUpperCase(Locale.ROOT);
        switch (p) {
            case "YEAR", "Y", "" -> period = Figure.YEAR;
            case "Q1", "Q2", "Q3", "Q4" -> period = p.charAt(1) - '0';
            default ->
                problems.add(new CsvImportException.Problem(row, "period", "'" + p + "' is not Year or Q1 to Q4"));
        }
        FigureKind kind = null;
        try {
            kind = FigureKind.valueOf(get(record, "kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new CsvImportException.Problem(
                    row, "kind", "'" + get(record, "kind") + "' is not actual or target"));
        }
        BigDecimal amount = null;
        String a = get(record, "amount").replace(",", "");
        if (a.equalsIgnoreCase("delete")) {
            a = ""; // only the word "delete" removes a stored figure
        }
        if (!a.isEmpty()) {
            try {
                amount = new BigDecimal(a);
            } catch (NumberFormatException e) {
                problems.add(new CsvImportException.Problem(row, "amount", "'" + a + "' is not a number"));
            }
        }
        String s = get(record, "sample").toLowerCase(Locale.ROOT);
        boolean sample = s.equals("yes") || s.equals("true");
        if (!s.isEmpty() && !sample && !s.equals("no") && !s.equals("false")) {
            problems.add(new CsvImportException.Problem(row, "sample", "'" + s + "' is not yes or no"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new FigureInput(ref, year, period, kind, amount, sample, get(record, "reason"));
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column)
                ? record.get(column).strip()
                : "";
    }
}
