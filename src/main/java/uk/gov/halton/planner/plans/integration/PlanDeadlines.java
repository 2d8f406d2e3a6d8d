package uk.gov.halton.planner.plans.integration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * The plans' deadlines (test, review, preparation, public-information mailing) for the alerts module. A change to
 * them is a {@link uk.gov.halton.planner.plans.PlanDatesChanged}, which alerts hears for itself.
 */
@Component
class PlanDeadlines implements DeadlineProvider {

    private final PlanService plans;

    PlanDeadlines(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<Deadline> openDeadlines() {
        return plans.findAll().stream()
                .flatMap(plan -> plan.deadlines().stream())
                .toList();
    }

    @Override
    public Map<String, String> subjects() {
        Map<String, String> subjects = new LinkedHashMap<>();
        List<PlanSummary> all = plans.findAll();
        for (PlanSummary plan : all) {
            subjects.put("plan:" + plan.id(), "Plan: " + plan.title());
        }
        for (PlanSummary plan : all) {
            for (int i = 0; i < plan.siteIds().size(); i++) {
                subjects.put(
                        "site:" + plan.siteIds().get(i),
                        "Site: " + plan.siteNames().get(i));
            }
        }
        return subjects;
    }
}
