package uk.gov.halton.planner.geo;

import java.util.List;

/** A GeoJSON document that cannot be used, with every problem found: which feature and what is wrong. */
public class GeoJsonException extends RuntimeException {

    public record Problem(String feature, String problem) {
        @Override
        public String toString() {
            return feature == null ? problem : feature + ": " + problem;
        }
    }

    private final List<Problem> problems;

    public GeoJsonException(List<Problem> problems) {
        super(problems.stream()
                .map(Problem::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid GeoJSON"));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
