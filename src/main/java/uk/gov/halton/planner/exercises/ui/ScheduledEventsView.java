package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.exercises.ScheduledJobs;
import uk.gov.halton.planner.exercises.ScheduledJobs.JobRun;
import uk.gov.halton.planner.exercises.ScheduledJobs.ScheduledTrigger;

/** Quartz's triggers with their next fire times, and what each fired trigger delivered to people. */
@Route("admin/scheduled-events")
@PageTitle("Scheduled jobs")
@Menu(order = 92, icon = "vaadin:clock", title = "Scheduled jobs")
@RolesAllowed(Role.ADMIN_NAME)
public class ScheduledEventsView extends VerticalLayout {

    final Grid<ScheduledTrigger> triggers = new Grid<>(ScheduledTrigger.class, false);
    final Grid<JobRun> runs = new Grid<>(JobRun.class, false);

    public ScheduledEventsView(ScheduledJobs jobs) {
        setSizeFull();
        triggers.addColumn(ScheduledTrigger::description).setHeader("Trigger").setFlexGrow(2);
        triggers.addColumn(t -> at(t.nextFireAt()))
                .setHeader("Next fire (London)")
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        ScheduledTrigger::nextFireAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        var lastFired = triggers.addColumn(t -> at(t.previousFireAt()))
                .setHeader("Last fired")
                .setAutoWidth(true);
        var lastDelivered = triggers.addColumn(ScheduledTrigger::lastDelivered)
                .setHeader("Last delivered")
                .setFlexGrow(2);
        triggers.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(triggers, lastFired, lastDelivered);
        triggers.setEmptyStateText("No triggers: the scheduler has nothing to do.");
        triggers.setAllRowsVisible(true);
        runs.addColumn(r -> at(r.firedAt())).setHeader("Fired (London)").setAutoWidth(true);
        runs.addColumn(r -> r.description() == null ? r.name() : r.description())
                .setHeader("Trigger")
                .setFlexGrow(2);
        var delivered = runs.addColumn(JobRun::delivered).setHeader("Delivered").setFlexGrow(2);
        runs.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(runs, delivered);
        runs.setPartNameGenerator(r -> r.failed() ? "job-failed" : null);
        runs.setEmptyStateText("Nothing has fired yet: the daily alert sweep runs at 06:00 (Europe/London).");
        List<JobRun> recent = jobs.recentRuns(500);
        triggers.setItems(jobs.triggers());
        runs.setItems(recent);
        add(
                new Paragraph(
                        "Quartz fires everything time-based: the daily alert sweep, a sweep soon after any change "
                                + "to a deadline, the weekly digest, and each exercise's reminders at 09:00. Everything it fires "
                                + "reaches people through the alerts (notification centre and email, once each)."),
                new H2("Triggers"),
                triggers,
                new H2("What they delivered"),
                Kit.csv(
                        "scheduled-jobs.csv",
                        "Export CSV",
                        List.of("Fired", "Trigger", "Delivered"),
                        () -> recent.stream()
                                .map(r -> List.of(
                                        r.firedAt().toString(),
                                        r.description() == null ? r.name() : r.description(),
                                        r.delivered()))
                                .toList()),
                runs);
    }

    private static String at(Instant instant) {
        return instant == null ? "" : uk.gov.halton.planner.base.Dates.shortDayTime(instant);
    }
}
