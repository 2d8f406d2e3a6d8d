package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.HomeSections;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.exercises.ComplianceState;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.exercises.YearCompliance;

/** On the home page: this financial year's PPT 06 standing and the exercises of the next 30 days. */
@org.springframework.stereotype.Component
class ProgrammeHomeSection implements HomeSection {

    static final int NEXT_DAYS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ProgrammeService programme;
    private final ExerciseService exercises;

    ProgrammeHomeSection(ProgrammeService programme, ExerciseService exercises) {
        this.programme = programme;
        this.exercises = exercises;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean shownTo(Set<Role> roles) {
        return !roles.equals(Set.of(Role.OFFICER));
    }

    @Override
    public Component create(Set<Role> roles) {
        LocalDate today = programme.today();
        YearCompliance year = programme.compliance(programme.currentYear());
        Div section = HomeSections.section("Exercise programme " + year.year().label(), "programme-summary");
        section.add(HomeSections.line(
                "programme/" + year.year().startYear(),
                "PPT 06, an exercise of the COMAH plans this financial year: "
                        + year.state().label(),
                year.message(),
                year.state() == ComplianceState.AT_RISK || year.state() == ComplianceState.BREACHED));
        List<ExerciseSummary> next = exercises.between(today, today.plusDays(NEXT_DAYS)).stream()
                .filter(e -> e.status() == ExerciseStatus.SCHEDULED || e.status() == ExerciseStatus.PROPOSED)
                .toList();
        Div upcoming = new Div(HomeSections.group("Exercises in the next " + NEXT_DAYS + " days", next.size()));
        upcoming.addClassName("upcoming-exercises");
        if (next.isEmpty()) {
            upcoming.add(HomeSections.empty("None scheduled."));
        }
        for (ExerciseSummary e : next) {
            upcoming.add(HomeSections.line(
                    "exercises/" + e.id(),
                    e.name(),
                    e.status().label() + ", "
                            + Dates.day(e.date()) + " at " + TIME.format(e.startsAt()) + " ("
                            + Dates.timeLeft(e.date(), today).replace("due ", "") + ")",
                    false));
        }
        section.add(upcoming);
        return section;
    }
}
