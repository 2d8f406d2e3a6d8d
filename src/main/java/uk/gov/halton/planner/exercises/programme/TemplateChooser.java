package uk.gov.halton.planner.exercises.programme;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the type of a proposed exercise: the one suited to the most plan elements not yet proven in the cycle
 * (each element names the exercise types suited to testing it), the default type on a tie or when nothing is
 * untested. A modest preference: it never overrides dates, only the type. A pure function.
 */
public final class TemplateChooser {

    private TemplateChooser() {}

    /** The chosen type and how many untested elements it suits (0 when the default was kept for want of any). */
    public record Choice(String type, int untestedCovered) {}

    /**
     * @param untestedElementTypes for each untested element of the proposal's plans, the exercise types suited to it
     * @param available            the exercise types that exist
     */
    public static Choice choose(List<List<String>> untestedElementTypes, Set<String> available, String defaultType) {
        Map<String, Integer> score = new HashMap<>();
        for (List<String> types : untestedElementTypes) {
            types.stream().distinct().filter(available::contains).forEach(t -> score.merge(t, 1, Integer::sum));
        }
        int best = score.values().stream().max(Integer::compare).orElse(0);
        if (best == 0 || score.getOrDefault(defaultType, 0) == best) {
            return new Choice(defaultType, score.getOrDefault(defaultType, 0));
        }
        String type = score.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return new Choice(type, best);
    }
}
