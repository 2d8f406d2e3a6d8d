package uk.gov.halton.planner.base;

import java.time.Instant;
import java.util.List;

/** One change to one record: who, when, what kind of change, and the fields that changed. */
public record AuditEntry(long revision, Instant time, String username, String entity, Object entityId,
                         Kind kind, List<FieldChange> changes) {

    public enum Kind { ADDED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }

    public String summary() {
        return changes.stream().map(c -> kind == Kind.CHANGED
                        ? c.field() + ": " + c.before() + " → " + c.after()
                        : c.field() + ": " + (kind == Kind.DELETED ? c.before() : c.after()))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }
}
