package uk.gov.halton.planner.exercises.integration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.exercises.CoverageService;
import uk.gov.halton.planner.exercises.ElementCoverage;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * Plan elements not yet proven in the plan's test cycle, for the alerts: one deadline per plan, due when the plan's
 * test falls due, so that the untested elements can still be exercised before then.
 */
@Component
class CoverageDeadlines implements DeadlineProvider {

    private final CoverageService coverage;
    private final PlanService plans;

    CoverageDeadlines(CoverageService coverage, PlanService plans) {
        this.coverage = coverage;
        this.plans = plans;
    }

    @Override
    public List<Deadline> openDeadlines() {
        Map<String, PlanSummary> byId =
                plans.findAll().stream().collect(Collectors.toMap(PlanSummary::id, Function.identity()));
        List<Deadline> result = new ArrayList<>();
        for (ElementCoverage c : coverage.all()) {
            int flagged = c.flagged().size();
            PlanSummary plan = byId.get(c.planId());
            if (flagged == 0 || plan == null) {
                continue;
            }
            Set<String> subjects = new LinkedHashSet<>();
            subjects.add("plan:" + plan.id());
            plan.siteIds().forEach(site -> subjects.add("site:" + site));
            result.add(new Deadline(
                    DeadlineKind.ELEMENTS_UNTESTED,
                    plan.id(),
                    Dates.plural(flagged, "element") + " of " + plan.title() + " not yet proven in this test cycle",
                    c.cycle().due(),
                    plan.owner(),
                    subjects,
                    "plans/" + plan.id() + "/coverage"));
        }
        return result;
    }
}
