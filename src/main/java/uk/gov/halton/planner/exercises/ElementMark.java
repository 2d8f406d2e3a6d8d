package uk.gov.halton.planner.exercises;

/** One plan element an exercise tests, with its result and a note. */
public record ElementMark(long id, long exerciseId, String planId, String elementKey, String elementTitle,
                          ElementResult result, String note, String recordedBy) {
}
