package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.gov.halton.planner.base.Role;
import uk.gov.halton.planner.exercises.ScheduledEvent;
import uk.gov.halton.planner.exercises.ScheduledEventLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the scheduled jobs reported (deadlines approaching, exercises tomorrow, programme at risk). */
@Route("admin/scheduled-events")
@PageTitle("Scheduled events")
@Menu(order = 92, icon = "vaadin:clock", title = "Scheduled events")
@RolesAllowed(Role.ADMIN_NAME)
public class ScheduledEventsView extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Ui.UK)
            .withZone(ZoneId.of("Europe/London"));

    final Grid<ScheduledEvent> grid = new Grid<>(ScheduledEvent.class, false);

    public ScheduledEventsView(ScheduledEventLog log) {
        setSizeFull();
        grid.addColumn(e -> AT.format(e.recordedAt())).setHeader("Recorded").setSortable(true)
                .setComparator(ScheduledEvent::recordedAt);
        grid.addColumn(ScheduledEvent::kind).setHeader("Kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> Ui.date(e.dueOn())).setHeader("Due").setSortable(true).setComparator(ScheduledEvent::dueOn);
        grid.addColumn(ScheduledEvent::thresholdDays).setHeader("Threshold (days)");
        grid.addColumn(ScheduledEvent::message).setHeader("Message").setFlexGrow(3);
        grid.setEmptyStateText("No events yet: the daily sweep runs at 06:00 (Europe/London).");
        List<ScheduledEvent> events = log.latest(1000);
        grid.setItems(events);
        add(new Paragraph("Events the scheduled jobs published, once each per item, due date and threshold. "
                + "The alerts module sends them to people; until then they are kept here."),
                Ui.csv("scheduled-events.csv", "Export CSV", List.of("Recorded", "Kind", "Item", "Due", "Threshold",
                        "Message"), () -> events.stream().map(e -> List.of(e.recordedAt().toString(), e.kind(), e.itemId(),
                        e.dueOn().toString(), String.valueOf(e.thresholdDays()), e.message())).toList()), grid);
    }
}
