package uk.gov.halton.planner.register.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.HomeSections;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.register.RegisterLinks;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.Indicator;
import uk.gov.halton.planner.register.domain.Milestone;
import uk.gov.halton.planner.register.domain.ProgressService;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.register.domain.YearFigures;

/** The register officers' home: what is still to enter for the last complete quarter. */
@org.springframework.stereotype.Component
class RegisterHomeSection implements HomeSection {

    private final RegisterService register;
    private final FigureService figures;
    private final ProgressService progress;

    RegisterHomeSection(RegisterService register, FigureService figures, ProgressService progress) {
        this.register = register;
        this.figures = figures;
        this.progress = progress;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean shownTo(Set<Role> roles) {
        return roles.contains(Role.OFFICER);
    }

    @Override
    public Component create(Set<Role> roles) {
        LocalDate today = figures.today();
        LocalDate inLastQuarter = FinancialYear.of(today)
                .quarterStart(FinancialYear.quarterOf(today))
                .minusDays(1);
        FinancialYear year = FinancialYear.of(inLastQuarter);
        int quarter = FinancialYear.quarterOf(inLastQuarter);
        String period = "Q" + quarter + " " + year.label();
        Div section = HomeSections.section("Still to enter for " + period, "register-gaps");

        Map<Long, YearFigures> all = figures.allFor(year);
        List<Indicator> missing = register.indicators().stream()
                .filter(i -> !i.isComputed())
                .filter(i -> all.getOrDefault(i.getId(), YearFigures.EMPTY).quarter(quarter) == null)
                .toList();
        Div indicators = new Div(HomeSections.group("Indicator figures", missing.size()));
        indicators.addClassName("missing-figures");
        missing.forEach(i -> indicators.add(HomeSections.line(
                FigureEntryView.link(i.getRef()),
                i.getRef() + " " + i.getDescription(),
                period + " figure not entered",
                false)));
        if (missing.isEmpty()) {
            indicators.add(HomeSections.empty("Every indicator has its " + period + " figure."));
        }
        section.add(indicators);

        List<Milestone> noProgress = register.allMilestones().stream()
                .filter(m -> !m.isComahLinked())
                .filter(m -> !progress.progress(m, year, quarter).isPresent())
                .toList();
        Div milestones = new Div(HomeSections.group("Milestone progress", noProgress.size()));
        milestones.addClassName("missing-progress");
        noProgress.forEach(m -> milestones.add(HomeSections.line(
                RegisterLinks.objective(m.getObjectiveId()),
                m.getWording(),
                period + " progress not recorded",
                false)));
        if (noProgress.isEmpty()) {
            milestones.add(HomeSections.empty("Every milestone has its " + period + " progress."));
        }
        section.add(milestones);
        return section;
    }
}
