package uk.gov.halton.planner.register.domain;

import java.util.List;

/** A CSV file that was refused whole, with every problem found, by row and column. */
public class CsvImportException extends RuntimeException {

    public record Problem(long row, String column, String message) {
        @Override
        public String toString() {
            return "Row " + row + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    private final List<Problem> problems;

    public CsvImportException(List<Problem> problems) {
        super(problems.size() + " problem(s); nothing was imported. " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
