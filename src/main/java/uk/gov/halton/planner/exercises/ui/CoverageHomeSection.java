package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.HomeSections;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.exercises.CoverageService;
import uk.gov.halton.planner.exercises.ElementCoverage;
import uk.gov.halton.planner.exercises.ExerciseService;

/**
 * On the home page: plans with elements not yet proven in their test cycle, the nearest test first, so that they can
 * be exercised before the plan's test falls due.
 */
@org.springframework.stereotype.Component
class CoverageHomeSection implements HomeSection {

    private final CoverageService coverage;
    private final ExerciseService exercises;

    CoverageHomeSection(CoverageService coverage, ExerciseService exercises) {
        this.coverage = coverage;
        this.exercises = exercises;
    }

    @Override
    public int order() {
        return 17;
    }

    @Override
    public boolean shownTo(Set<Role> roles) {
        return !roles.equals(Set.of(Role.OFFICER));
    }

    @Override
    public Component create(Set<Role> roles) {
        LocalDate today = exercises.today();
        List<ElementCoverage> gaps = coverage.all().stream()
                .filter(c -> !c.flagged().isEmpty())
                .sorted(Comparator.comparing(c -> c.cycle().due()))
                .toList();
        Div section = HomeSections.section("Plan elements to test this cycle", "element-coverage");
        section.add(HomeSections.group("Plans with untested elements", gaps.size()));
        if (gaps.isEmpty()) {
            section.add(HomeSections.empty(
                    "Every element of each plan with known dates has been proven in its " + "current test cycle."));
        }
        for (ElementCoverage c : gaps) {
            boolean soon = ChronoUnit.DAYS.between(today, c.cycle().due()) <= 365;
            section.add(HomeSections.line(
                    "plans/" + c.planId() + "/coverage",
                    c.planTitle(),
                    Dates.plural(c.flagged().size(), "element") + " not yet proven; the plan's test is "
                            + Dates.timeLeft(c.cycle().due(), today) + " ("
                            + Dates.day(c.cycle().due()) + ")",
                    soon));
        }
        return section;
    }
}
