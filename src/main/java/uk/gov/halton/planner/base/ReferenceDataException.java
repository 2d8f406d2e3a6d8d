package uk.gov.halton.planner.base;

/** A bad reference-data file: names the file, the record in it (if any) and the problem. */
public class ReferenceDataException extends RuntimeException {

    private final String file;
    private final String record;
    private final String problem;

    public ReferenceDataException(String file, String record, String problem) {
        super(file + (record == null ? "" : ", " + record) + ": " + problem);
        this.file = file;
        this.record = record;
        this.problem = problem;
    }

    public ReferenceDataException(String file, String record, String problem, Throwable cause) {
        this(file, record, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String problem() {
        return problem;
    }
}
