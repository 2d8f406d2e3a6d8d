package uk.gov.halton.planner.alerts;

import java.time.LocalDate;
import java.util.Set;

/**
 * One open deadline: its kind, the item's stable id, a title, the due date, the responsible user (may be null), the
 * subjects people can subscribe to (e.g. "plan:runcorn-site", "site:koura-runcorn") and the in-app link to the item.
 * A done item is simply no longer listed.
 */
public record Deadline(
        DeadlineKind kind,
        String itemId,
        String title,
        LocalDate dueDate,
        String ownerUsername,
        Set<String> subjects,
        String link) {

    public String key() {
        return kind.name() + "|" + itemId;
    }
}
