package uk.gov.halton.planner.exercises;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.plans.PlanElementService;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/** Each plan's element coverage over its current test cycle (see {@link CoverageRules}). Open to every role. */
@Service
@Transactional(readOnly = true)
public class CoverageService {

    private final PlanService plans;
    private final PlanElementService elements;
    private final ExerciseService exercises;
    private final ElementMarkService marks;

    CoverageService(
            PlanService plans, PlanElementService elements, ExerciseService exercises, ElementMarkService marks) {
        this.plans = plans;
        this.elements = elements;
        this.exercises = exercises;
        this.marks = marks;
    }

    public Optional<ElementCoverage> forPlan(String planId) {
        return plans.find(planId).map(this::matrix);
    }

    /** Every plan's coverage, for the home page, the alerts and the programme planner. */
    public List<ElementCoverage> all() {
        return plans.findAll().stream().map(this::matrix).toList();
    }

    private ElementCoverage matrix(PlanSummary plan) {
        List<ExerciseSummary> ofPlan = exercises.findAll().stream()
                .filter(e -> e.planIds().contains(plan.id()))
                .toList();
        Map<Long, ElementCoverage.Column> columns = ofPlan.stream()
                .collect(Collectors.toMap(
                        ExerciseSummary::id,
                        e -> new ElementCoverage.Column(e.id(), e.name(), CoverageRules.day(e), e.status()),
                        (a, b) -> a));
        List<CoverageRules.Evidence> evidence = marks.marksForPlan(plan.id()).stream()
                .filter(m -> columns.containsKey(m.exerciseId()))
                .map(m -> new CoverageRules.Evidence(columns.get(m.exerciseId()), m.elementKey(), m.result()))
                .toList();
        return CoverageRules.matrix(
                plan.id(),
                plan.title(),
                elements.testCycle(plan.id()),
                elements.elements(plan.id()),
                List.copyOf(columns.values()),
                evidence);
    }
}
