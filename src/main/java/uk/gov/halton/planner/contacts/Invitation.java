package uk.gov.halton.planner.contacts;

import java.time.Instant;

/** One contact invited to one exercise, and their answer; {@code cancelled} when the exercise was called off. */
public record Invitation(
        long id,
        long exerciseId,
        Long contactId,
        String name,
        String organisation,
        String email,
        Response response,
        Instant respondedAt,
        Instant invitedAt,
        int sequence,
        boolean cancelled) {}
