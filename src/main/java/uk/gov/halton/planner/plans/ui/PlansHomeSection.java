package uk.gov.halton.planner.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.HomeSections;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanStatus;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * On the home page: plans whose dates cannot be worked out (no preparation date and no test: planners and managers
 * need to know), and for everyone else plan status at a glance, each plan with its next test due.
 */
@org.springframework.stereotype.Component
class PlansHomeSection implements HomeSection {

    private final PlanService plans;

    PlansHomeSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean shownTo(Set<Role> roles) {
        return true;
    }

    @Override
    public Component create(Set<Role> roles) {
        List<PlanSummary> all = plans.findAll();
        Div section = HomeSections.section("Off-site plans", "plan-summary");
        String counts = Arrays.stream(PlanStatus.values())
                .map(s -> s.label() + ": "
                        + all.stream().filter(p -> p.status() == s).count())
                .collect(Collectors.joining(", "));
        Paragraph glance = new Paragraph(Dates.plural(all.size(), "plan") + ". " + counts + ".");
        glance.addClassName("plan-counts");
        section.add(glance);
        List<PlanSummary> undated =
                all.stream().filter(p -> p.nextTestDue() == null).toList();
        boolean planner = roles.contains(Role.PLANNER) || roles.contains(Role.ADMIN);
        if (!undated.isEmpty()) {
            Div missing = new Div(
                    HomeSections.group("Dates not recorded", undated.size()),
                    HomeSections.empty("With no preparation date and no test recorded, a plan's test and review due "
                            + "dates cannot be worked out, so nothing can warn before they pass."));
            missing.addClassName("plans-undated");
            undated.forEach(p -> missing.add(HomeSections.line(
                    "plans/" + p.id(),
                    p.title(),
                    planner
                            ? "Enter when it was prepared, or its last test"
                            : "Not yet recorded by the emergency planning team",
                    false)));
            section.add(missing);
        }
        List<PlanSummary> dated =
                all.stream().filter(p -> p.nextTestDue() != null).toList();
        if (!dated.isEmpty()) {
            Div tests = new Div(HomeSections.group("Next test due", dated.size()));
            tests.addClassName("plans-next-test");
            dated.stream()
                    .sorted(java.util.Comparator.comparing(PlanSummary::nextTestDue))
                    .forEach(p -> tests.add(HomeSections.line(
                            "plans/" + p.id(),
                            p.title(),
                            p.status().label() + ": next test " + Dates.day(p.nextTestDue()),
                            p.status() == PlanStatus.RED)));
            section.add(tests);
        }
        return section;
    }
}
