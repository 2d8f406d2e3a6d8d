package uk.gov.halton.planner.exercises.integration;

import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.TestCoverage;
import uk.gov.halton.planner.register.ComahProgrammeFacts;
import uk.gov.halton.planner.register.Ppt06Facts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Tells the register's PPT 06 milestone and its local COMAH indicator what the programme and the plans know. */
@Component
class ComahFacts implements ComahProgrammeFacts {

    private final ExerciseService exercises;
    private final PlanService plans;

    ComahFacts(ExerciseService exercises, PlanService plans) {
        this.exercises = exercises;
        this.plans = plans;
    }

    @Override
    public Ppt06Facts factsFor(FinancialYear year, LocalDate today) {
        List<ExerciseSummary> comah = exercises.between(year.start(), year.end()).stream()
                .filter(e -> e.testsPlan() && !e.planIds().isEmpty()).toList();
        Optional<LocalDate> lastHeld = comah.stream()
                .filter(e -> e.status() == ExerciseStatus.HELD && e.heldOn() != null && !e.heldOn().isAfter(today))
                .map(ExerciseSummary::heldOn).max(Comparator.naturalOrder());
        // As of a past date, an exercise held later was scheduled then: past quarters keep their answer.
        Optional<LocalDate> nextScheduled = comah.stream()
                .filter(e -> e.status() == ExerciseStatus.SCHEDULED
                        || (e.status() == ExerciseStatus.HELD && e.heldOn() != null && e.heldOn().isAfter(today)))
                .map(e -> e.status() == ExerciseStatus.HELD ? e.heldOn() : e.date())
                .filter(d -> !d.isBefore(today) && !d.isAfter(year.end()))
                .min(Comparator.naturalOrder());
        return new Ppt06Facts(lastHeld.isPresent(), lastHeld.orElse(null), nextScheduled.isPresent(),
                nextScheduled.orElse(null));
    }

    @Override
    public Optional<Double> shareOfPlansTestedWithinThreeYears(LocalDate quarterEnd) {
        TestCoverage coverage = plans.coverageAt(quarterEnd);
        return coverage.plans() == 0 ? Optional.empty() : Optional.of(coverage.share());
    }
}
