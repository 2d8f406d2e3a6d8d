package uk.gov.halton.planner.exercises;

/** One plan element an exercise tests, with its result and a note. */
public record ElementMark(
        long id,
        long exerciseId,
        String planId,
        String elementKey,
        String elementTitle,
        ElementResult result,
        String note,
        String recordedBy) {

    /** The marks in one line (see {@link ElementMarkService#testedText}). */
    static String text(java.util.List<ElementMark> marks) {
        boolean severalPlans =
                marks.stream().map(ElementMark::planId).distinct().count() > 1;
        return String.join(
                "; ",
                marks.stream()
                        .map(m -> m.elementTitle() + " (" + m.result().label() + (severalPlans ? ", " + m.planId() : "")
                                + ")")
                        .toList());
    }
}
