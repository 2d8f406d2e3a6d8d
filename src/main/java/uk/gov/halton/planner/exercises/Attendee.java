package uk.gov.halton.planner.exercises;

/** Someone who attended the exercise, as a facilitator recorded on the day. */
public record Attendee(long id, long exerciseId, String name, String organisation) {}
