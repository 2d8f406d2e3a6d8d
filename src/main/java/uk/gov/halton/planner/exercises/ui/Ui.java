package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.exercises.ComplianceState;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.plans.PlanStatus;

/** Small pieces shared by the exercise, programme and calendar views. */
final class Ui {

    static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", UK);

    private Ui() {}

    /** "14 Mar 2027" (base Dates), or a dash for no date. */
    static String date(LocalDate date) {
        return date == null ? "—" : Dates.shortDay(date);
    }

    /** Start and end in Europe/London, e.g. "Thu 26 Nov 2026, 10:00 to 14:00". */
    static String when(ZonedDateTime start, ZonedDateTime end) {
        boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
        return DATE_TIME.format(start) + " to " + (sameDay ? TIME.format(end) : DATE_TIME.format(end));
    }

    static Span planStatus(PlanStatus status) {
        return planStatusPill(status).span();
    }

    static Kit.Pill planStatusPill(PlanStatus status) {
        return new Kit.Pill(status.label(), Kit.Tone.ofTheme(status.badgeTheme()), "plan-status");
    }

    static Span compliance(ComplianceState state) {
        return compliancePill(state).span();
    }

    static Kit.Pill compliancePill(ComplianceState state) {
        return new Kit.Pill(
                state.label(),
                switch (state) {
                    case MET -> Kit.Tone.GOOD;
                    case ON_TRACK -> Kit.Tone.INFO;
                    case AT_RISK -> Kit.Tone.WARNING;
                    case BREACHED -> Kit.Tone.BAD;
                },
                "compliance");
    }

    static Span exerciseStatus(ExerciseStatus status) {
        return Kit.pill(status.label(), Kit.Tone.NEUTRAL, "exercise-status");
    }

    static void error(InvalidInputException e) {
        Kit.failed(e.getMessage());
    }

    /** Runs a write; shows the rule it broke, if any. Returns whether it succeeded. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            error(e);
            return false;
        }
    }
}
