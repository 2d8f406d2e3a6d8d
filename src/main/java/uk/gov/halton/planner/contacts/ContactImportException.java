package uk.gov.halton.planner.contacts;

import java.util.List;

/** A contacts file refused whole, with every problem found, by file, line and field. */
public class ContactImportException extends RuntimeException {

    public record Problem(String file, long line, String field, String message) {
        @Override
        public String toString() {
            return file + ", line " + line + (field == null ? "" : ", " + field) + ": " + message;
        }
    }

    private final List<Problem> problems;

    public ContactImportException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported. "
                + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
