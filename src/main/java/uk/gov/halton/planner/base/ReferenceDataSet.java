package uk.gov.halton.planner.base;

/**
 * A kind of data file the repository ships (geodata, exercise templates, the register). Modules implement it as a
 * bean; the base loads every changed file at start-up, each in its own transaction, and stops the start on the first
 * bad file. {@link #apply} must validate the whole file before writing, update only what the file describes (so that
 * users' other edits survive), and be idempotent.
 */
public interface ReferenceDataSet {

    /** Short name, unique among data sets, used in messages and in the record of applied files. */
    String name();

    /** The folder, relative to planner.data.dir on disk, or to the classpath root inside the jar. */
    String folder();

    /** File name pattern, e.g. "*.yaml". */
    String pattern();

    /** Order among data sets: lower first (e.g. sites before plans that refer to them). */
    default int order() {
        return 0;
    }

    /** Validates and applies one file; throws {@link ReferenceDataException} naming the record and the problem. */
    void apply(ReferenceFile file);
}
