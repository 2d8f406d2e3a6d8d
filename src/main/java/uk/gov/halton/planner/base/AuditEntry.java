package uk.gov.halton.planner.base;

import java.time.Instant;
import java.util.List;

/** One change to one record: who, when, what kind of change, and the fields that changed. */
public record AuditEntry(
        long revision,
        Instant time,
        String username,
        String entity,
        Object entityId,
        Kind kind,
        List<FieldChange> changes) {

    public enum Kind {
        ADDED,
        CHANGED,
        DELETED
    }

    public record FieldChange(String field, String before, String after) {}

    /** The record as people name it: "Site koura-runcorn", "App user 7". */
    public String record() {
        return Kit.words(entity.replaceAll("([a-z])([A-Z])", "$1_$2")) + " " + entityId;
    }

    /** Each field as "field: old -> new" (a new record's values, or a deleted one's, alone), separated by "; ". */
    public String summary() {
        return changes.stream()
                .map(c -> kind == Kind.CHANGED
                        ? c.field() + ": " + shown(c.before()) + " -> " + shown(c.after())
                        : c.field() + ": " + shown(kind == Kind.DELETED ? c.before() : c.after()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    /** Long values (a zone polygon) are cut short: the audit tables keep them whole. */
    private static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        return value.length() > 120 ? value.substring(0, 119) + "…" : value;
    }
}
