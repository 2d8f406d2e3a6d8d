package uk.gov.halton.planner.plans.integration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.alerts.DeadlinesChanged;
import uk.gov.halton.planner.plans.PlanDatesChanged;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The plans' deadlines (test, review, preparation, public-information mailing) for the alerts module. */
@Component
class PlanDeadlines implements DeadlineProvider {

    private final PlanService plans;
    private final ApplicationEventPublisher events;

    PlanDeadlines(PlanService plans, ApplicationEventPublisher events) {
        this.plans = plans;
        this.events = events;
    }

    @Override
    public List<Deadline> openDeadlines() {
        List<Deadline> result = new ArrayList<>();
        for (PlanSummary plan : plans.findAll()) {
            for (uk.gov.halton.planner.plans.Deadline d : plan.deadlines()) {
                Set<String> subjects = new LinkedHashSet<>();
                subjects.add("plan:" + plan.id());
                if (d.kind() == uk.gov.halton.planner.plans.DeadlineKind.PIZ_MAILING) {
                    subjects.add("site:" + d.itemId());
                } else {
                    plan.siteIds().forEach(site -> subjects.add("site:" + site));
                }
                result.add(new Deadline(kind(d.kind()), d.itemId(), d.title(), d.dueDate(), plan.owner(),
                        subjects, "plans/" + plan.id()));
            }
            firstTest(plan).ifPresent(result::add);
        }
        return result;
    }

    /**
     * A plan never tested falls due for its first test three years after it was prepared (COMAH reg 14). Until the
     * plans module lists that date itself, it is worked out here, so that the plan alerts like any other test: and
     * when that date has passed, it is overdue when first seen and goes to the owner and the managers, then
     * escalates. With no preparation date either there is no date to alert on; the plan's status shows it red.
     */
    private static java.util.Optional<Deadline> firstTest(PlanSummary plan) {
        boolean listed = plan.deadlines().stream()
                .anyMatch(d -> d.kind() == uk.gov.halton.planner.plans.DeadlineKind.PLAN_TEST);
        if (plan.lastTested() != null || listed || plan.preparedOn() == null) {
            return java.util.Optional.empty();
        }
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add("plan:" + plan.id());
        plan.siteIds().forEach(site -> subjects.add("site:" + site));
        return java.util.Optional.of(new Deadline(DeadlineKind.PLAN_TEST, plan.id(),
                "First test of " + plan.title() + " (no test recorded)", plan.preparedOn().plusYears(3), plan.owner(),
                subjects, "plans/" + plan.id()));
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
                subjects.put("site:" + plan.siteIds().get(i), "Site: " + plan.siteNames().get(i));
            }
        }
        return subjects;
    }

    @EventListener
    void planDatesChanged(PlanDatesChanged event) {
        events.publishEvent(new DeadlinesChanged("plan " + event.planId()));
    }

    private static DeadlineKind kind(uk.gov.halton.planner.plans.DeadlineKind kind) {
        return switch (kind) {
            case PLAN_TEST -> DeadlineKind.PLAN_TEST;
            case PLAN_REVIEW -> DeadlineKind.PLAN_REVIEW;
            case PLAN_PREPARATION -> DeadlineKind.PLAN_PREPARATION;
            case PIZ_MAILING -> DeadlineKind.PIZ_MAILING;
        };
    }
}
