package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.register.domain.CsvImportException;
import uk.gov.halton.planner.register.domain.FigureCsv;
import uk.gov.halton.planner.register.domain.FigureInput;
import uk.gov.halton.planner.register.domain.FigureKind;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Milestone;
import uk.gov.halton.planner.register.domain.Polarity;
import uk.gov.halton.planner.register.domain.ProgressService;
import uk.gov.halton.planner.register.domain.ProgressStatus;
import uk.gov.halton.planner.register.domain.QuarterlyMode;
import uk.gov.halton.planner.register.domain.RegisterFile;
import uk.gov.halton.planner.register.domain.RegisterService;

/**
 * Hostile input at the Safer Halton register: the figures CSV import (bytes and text) and export, the figure and
 * progress forms, the indicator settings and the register's own YAML file. Each is refused with the file and line, the
 * row and column, or the field, leaving the figures exactly as they were; or stored as text.
 * Tests that store something run in a transaction that is rolled back.
 */
@PlannerContextTest
@WithUserDetails("officer")
class HostileRegisterTest {

    private static final String HEADER = String.join(",", FigureCsv.COLUMNS) + "\n";
    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    FigureCsv csv;

    @Autowired
    FigureService figures;

    @Autowired
    ProgressService progress;

    @Autowired
    RegisterService register;

    @Autowired
    List<ReferenceDataSet> dataSets;

    @Autowired
    TransactionTemplate transactions;

    private FinancialYear thisYear() {
        return FinancialYear.of(figures.today());
    }

    private String row(String year, String amount, String reason) {
        return "CE LI 13," + year + ",Year,target," + amount + ",no," + reason + "\n";
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private void refusedAndUnchanged(Runnable importer, Class<? extends RuntimeException> type, String... messages) {
        String before = csv.export();
        assertThatThrownBy(importer::run).isInstanceOf(type).hasMessageContainingAll(messages);
        assertThat(csv.export()).isEqualTo(before);
    }

    private List<String> problems(String text) {
        String before = csv.export();
        CsvImportException e = catchThrowableOfType(CsvImportException.class, () -> csv.importCsv(text));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(csv.export()).as("no figure changed").isEqualTo(before);
        return e.problems().stream().map(Object::toString).toList();
    }

    // ---- the CSV upload

    @Test
    void aFiguresFileInAnotherEncodingIsRefusedWithTheFileAndLine() {
        String text = HEADER
                + row(thisYear().label(), "5", "")
                + row(thisYear().next().label(), "6", "Caf\u00e9 data");
        refusedAndUnchanged(
                () -> csv.importCsv("figures-latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1)),
                InvalidInputException.class,
                "figures-latin1.csv, line 3",
                "0xE9",
                "not UTF-8");
        refusedAndUnchanged(
                () -> csv.importCsv("figures-utf16.csv", text.getBytes(StandardCharsets.UTF_16)),
                InvalidInputException.class,
                "figures-utf16.csv, line 1",
                "UTF-16");
        refusedAndUnchanged(
                () -> csv.importCsv("figures-utf16le.csv", text.getBytes(StandardCharsets.UTF_16LE)),
                InvalidInputException.class,
                "figures-utf16le.csv, line 1",
                "NUL");
    }

    @Test
    @Transactional
    void aSpreadsheetsByteOrderMarkIsAcceptedAndTheFigureStored() {
        byte[] file = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + row(thisYear().label(), "41", "")).getBytes(StandardCharsets.UTF_8));
        assertThat(csv.importCsv("excel.csv", file)).isEqualTo(1);
        assertThat(figures.yearFigures(register.indicatorByRef("CE LI 13").orElseThrow(), thisYear())
                        .target())
                .isEqualByComparingTo("41");
    }

    @Test
    void aHugeOrEmptyFiguresFileIsRefused() {
        byte[] huge = concat(
                HEADER.getBytes(StandardCharsets.UTF_8),
                row(thisYear().label(), "5", "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        refusedAndUnchanged(
                () -> csv.importCsv("huge.csv", huge),
                InvalidInputException.class,
                "huge.csv is 3.0 MB",
                "at most 2 MB");
        refusedAndUnchanged(
                () -> csv.importCsv(HEADER + "x".repeat(3 * 1024 * 1024)), InvalidInputException.class, "at most 2 MB");
        refusedAndUnchanged(
                () -> csv.importCsv("empty.csv", new byte[0]), InvalidInputException.class, "empty.csv is empty");
        assertThat(problems(HEADER)).containsExactly("Row 1: the file has no figures");
    }

    @Test
    void malformedAndTruncatedFilesAreRefusedByRowAndColumn() {
        assertThat(problems("indicator,,period,kind,amount\nCE LI 13,x,Year,target,5\n"))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("Row 1: the header row is not usable"));
        assertThat(problems("indicator,financial_year,period,kind,amount,amount\nCE LI 13,2026/27,Year,target,5,6\n"))
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("Row 1: the header row is not usable"));
        assertThat(problems(HEADER + "CE LI 13," + thisYear().label() + ",Year,target,\"5\n"))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("not readable CSV").contains("line 2"));
        assertThat(problems("indicator,financial_year,per"))
                .first()
                .isEqualTo("Row 1, column period: the header has no column 'period'");
        String good = HEADER + row(thisYear().label(), "5", "");
        // A file cut short in its last row: the good rows before it are not imported on their own.
        assertThat(problems(good + "CE LI 13," + thisYear().next().label() + ",Year,tar"))
                .containsExactly("Row 3: the row has 4 values but the header has 7 columns");
        assertThat(problems(good + "CE LI 13," + thisYear().next().label() + ",Year,target,5,no,,extra\n"))
                .containsExactly("Row 3: the row has 8 values but the header has 7 columns");
        assertThat(problems(good.substring(0, good.length() / 2))).isNotEmpty();
    }

    @Test
    void yearsOutOfRangeAndFormulasWhereAFigureBelongsAreRefusedByRowAndColumn() {
        FinancialYear beyond = new FinancialYear(thisYear().startYear() + 6);
        List<String> problems = problems(HEADER + row("0000/01", "5", "") + row("9999/00", "5", "")
                + row("1999/00", "5", "") + row(beyond.label(), "5", "")
                + row(thisYear().label(), "@SUM(A1)", "")
                + row(thisYear().label(), "1e999999", "") + "=cmd|' /C calc'!A0,"
                + thisYear().label()
                + ",Year,target,5,no,\n");
        assertThat(problems).hasSize(7);
        assertThat(problems.get(0)).startsWith("Row 2, column financial_year:");
        assertThat(problems.get(1)).startsWith("Row 3, column financial_year:");
        assertThat(problems.get(2))
                .isEqualTo("Row 4, column financial_year: The financial year must be from 2000/01 to "
                        + new FinancialYear(thisYear().startYear() + 5).label() + " (1999/00 was given).");
        assertThat(problems.get(3)).startsWith("Row 5, column financial_year: The financial year must be from 2000/01");
        assertThat(problems.get(4)).startsWith("Row 6, column amount:");
        assertThat(problems.get(5)).startsWith("Row 7, column amount:");
        assertThat(problems.get(6)).startsWith("Row 8, column indicator: There is no indicator '=cmd");
    }

    @Test
    @Transactional
    void theFiguresExportHasNoCellASpreadsheetWouldRun() throws Exception {
        csv.importCsv(HEADER + row(thisYear().label(), "7", MARKUP));
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.export()))
                .getRecords();
        assertThat(rows).isNotEmpty();
        for (CSVRecord r : rows) {
            for (String cell : r.values()) {
                assertThat(cell)
                        .as("a cell of " + r)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r");
                if (cell.startsWith("-")) {
                    assertThat(cell)
                            .as("only a negative number may start with -")
                            .matches("-[0-9.]+");
                }
            }
        }
    }

    // ---- the figure and progress forms, the indicator settings

    @Test
    @Transactional
    void aReasonThatCannotBeStoredIsRefusedAndMarkupInAReasonIsKeptAsText() {
        FinancialYear last = thisYear().previous();
        figures.save(
                List.of(new FigureInput("CE LI 17", last, 1, FigureKind.ACTUAL, new BigDecimal("10"), false, null)));
        assertThatThrownBy(() -> figures.save(List.of(new FigureInput(
                        "CE LI 17", last, 1, FigureKind.ACTUAL, new BigDecimal("11"), false, "late\u0000data"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        figures.save(
                List.of(new FigureInput("CE LI 17", last, 1, FigureKind.ACTUAL, new BigDecimal("11"), false, MARKUP)));
        assertThat(figures.history(
                        register.indicatorByRef("CE LI 17").orElseThrow().getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo(MARKUP));
        assertThatThrownBy(() -> figures.save(List.of(new FigureInput(
                        "CE LI 17", new FinancialYear(1999), 0, FigureKind.TARGET, BigDecimal.ONE, false, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    @Transactional
    void progressCommentaryKeepsMarkupAsTextAndRefusesControlCharactersAndOddYears() {
        Milestone milestone = register.allMilestones().stream()
                .filter(m -> !m.isComahLinked())
                .findFirst()
                .orElseThrow();
        int quarter = FinancialYear.quarterOf(figures.today());
        assertThat(progress.record(milestone.getId(), thisYear(), quarter, ProgressStatus.ON_COURSE, MARKUP, false)
                        .getCommentary())
                .isEqualTo(MARKUP);
        assertThat(progress.progress(milestone, thisYear(), quarter).commentary())
                .isEqualTo(MARKUP);
        assertThatThrownBy(() -> progress.record(
                        milestone.getId(), thisYear(), quarter, ProgressStatus.ON_COURSE, "fine\u0007bell", false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("commentary"));
        assertThatThrownBy(() -> progress.record(
                        milestone.getId(),
                        thisYear(),
                        quarter,
                        ProgressStatus.ON_COURSE,
                        "x".repeat(ProgressService.MAX_COMMENTARY + 1),
                        false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("commentary"));
        assertThatThrownBy(() -> progress.record(
                        milestone.getId(), new FinancialYear(1900), 1, ProgressStatus.ON_COURSE, "Long ago", false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    @WithUserDetails("admin")
    void anIndicatorUnitWithControlCharactersIsRefused() {
        long id = register.indicatorByRef("CE LI 13").orElseThrow().getId();
        assertThatThrownBy(() -> register.updateIndicatorSettings(
                        id, "count\u0000", Polarity.NEITHER, QuarterlyMode.FOR_THE_QUARTER, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    }

    // ---- the register's YAML file

    private String registerSnapshot() {
        return register.objectives().stream()
                        .map(o -> o.getRef() + "|" + o.getTitle() + "|" + o.getResponsibleOfficer()
                                + register.milestones(o.getId()).stream()
                                        .map(Milestone::getWording)
                                        .toList())
                        .collect(Collectors.joining("\n"))
                + register.indicators().stream()
                        .map(i -> i.getRef() + "|" + i.getDescription())
                        .toList();
    }

    private ReferenceDataException refusedRegisterFile(byte[] content) {
        ReferenceDataSet set = dataSets.stream()
                .filter(d -> d.name().equals("register"))
                .findFirst()
                .orElseThrow();
        String before = registerSnapshot();
        ReferenceDataException e = catchThrowableOfType(
                ReferenceDataException.class,
                () -> transactions.executeWithoutResult(
                        s -> set.apply(new ReferenceFile("safer-halton.yaml", "register/safer-halton.yaml", content))));
        assertThat(e).as("the register file is refused").isNotNull();
        assertThat(e.file()).isEqualTo("register/safer-halton.yaml");
        assertThat(registerSnapshot()).as("the register is as it was").isEqualTo(before);
        return e;
    }

    private static String shipped() throws Exception {
        return new String(
                new org.springframework.core.io.ClassPathResource("register/safer-halton.yaml")
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aRegisterFileInAnotherEncodingHugeOrWithTextThatCannotBeStoredIsRefused() throws Exception {
        String yaml = shipped();
        // One Latin-1 byte (é) in an otherwise UTF-8 file, in the first responsible officer's name.
        int at = yaml.indexOf("responsibleOfficer: \"") + "responsibleOfficer: \"".length();
        int line = (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        ReferenceDataException latin1 = refusedRegisterFile(concat(
                yaml.substring(0, at).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9},
                yaml.substring(at).getBytes(StandardCharsets.UTF_8)));
        assertThat(latin1.record()).isEqualTo("line " + line);
        assertThat(latin1.problem()).contains("0xE9");
        assertThat(refusedRegisterFile(concat(
                                yaml.getBytes(StandardCharsets.UTF_8),
                                ("# " + "x".repeat(1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8)))
                        .problem())
                .contains("at most 1 MB");
        ReferenceDataException nul =
                refusedRegisterFile(yaml.replaceFirst("responsibleOfficer: \"(.*)\"", "responsibleOfficer: \"$1\\\\0\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(nul.record()).isEqualTo("line " + line + ", field objectives[1].responsibleOfficer");
        assertThat(nul.problem()).contains("U+0000");
        ReferenceDataException tooLong = refusedRegisterFile(
                yaml.replaceFirst("responsibleOfficer: \"(.*)\"", "responsibleOfficer: " + "O".repeat(301))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(tooLong.record()).isEqualTo("line " + line + ", field objectives[1].responsibleOfficer");
        assertThat(tooLong.problem()).isEqualTo("has more than 300 characters");
        assertThat(refusedRegisterFile(yaml.substring(0, yaml.length() / 2).getBytes(StandardCharsets.UTF_8)))
                .isNotNull();
    }

    @Test
    void markupInTheRegistersFileIsReadAsText() throws Exception {
        RegisterFile file = RegisterFile.parse(
                "register/safer-halton.yaml",
                shipped().replaceFirst("responsibleOfficer: \"(.*)\"", "responsibleOfficer: \"" + MARKUP + "\""));
        assertThat(file.objectives())
                .anySatisfy(o -> assertThat(o.responsibleOfficer()).isEqualTo(MARKUP));
    }
}
