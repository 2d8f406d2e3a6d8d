package uk.gov.halton.planner.base;

/** Cells for CSV exports that spreadsheets open: text that would run as a formula is neutralised. */
public final class CsvCells {

    private CsvCells() {
    }

    /** A cell starting with = + - @, a tab or a carriage return gets a leading apostrophe; null becomes empty. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
