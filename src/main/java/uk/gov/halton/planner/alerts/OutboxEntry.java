package uk.gov.halton.planner.alerts;

import java.time.Instant;

/** A message in the mail outbox, for administrators. */
public record OutboxEntry(
        long id,
        String messageId,
        String recipient,
        String subject,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {}
