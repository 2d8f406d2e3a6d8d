package uk.gov.halton.planner.plans.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.halton.planner.plans.PlanElement;

/** A plan's element list: the standard list in its order, then the plan's own elements, each retired as chosen. */
public final class PlanElementRules {

    private PlanElementRules() {}

    public static List<PlanElement> elements(List<PlanElement> standard, List<PlanElementChoice> choices) {
        Map<String, PlanElementChoice> byKey = choices.stream()
                .collect(Collectors.toMap(PlanElementChoice::getElementKey, Function.identity(), (a, b) -> a));
        List<PlanElement> result = new ArrayList<>();
        for (PlanElement s : standard) {
            PlanElementChoice choice = byKey.get(s.key());
            result.add(
                    choice == null
                            ? s
                            : new PlanElement(
                                    s.key(),
                                    s.title(),
                                    s.detail(),
                                    s.paragraph(),
                                    s.exerciseTypes(),
                                    false,
                                    choice.isRetired()));
        }
        for (PlanElementChoice c : choices) {
            if (c.isLocalElement()) {
                result.add(new PlanElement(
                        c.getElementKey(),
                        c.getTitle(),
                        c.getDetail(),
                        "Added for this plan",
                        List.of(),
                        true,
                        c.isRetired()));
            }
        }
        return List.copyOf(result);
    }
}
