package uk.gov.halton.planner.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.base.Kit;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.CalendarFeedService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.plans.PlanService;

/** Exercises and deadlines by month and as an agenda, and the user's iCalendar feed address. */
@Route("calendar")
@PageTitle("Calendar")
@Menu(order = 50, icon = "vaadin:calendar", title = "Calendar")
@PermitAll
public class CalendarView extends VerticalLayout {

    /** One thing on a day. */
    record Entry(LocalDate date, String time, String title, String kind, String link) {}

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Ui.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Ui.UK);

    private final ExerciseService exercises;
    private final PlanService plans;
    private final CalendarFeedService feeds;
    private final PlannerProperties planner;
    private YearMonth month;
    private final Div monthGrid = new Div();
    private final H3 monthTitle = new H3();
    final Grid<Entry> agenda = new Grid<>(Entry.class, false);
    private final VerticalLayout feedPanel = new VerticalLayout();

    public CalendarView(
            ExerciseService exercises, PlanService plans, CalendarFeedService feeds, PlannerProperties planner) {
        this.planner = planner;
        this.exercises = exercises;
        this.plans = plans;
        this.feeds = feeds;
        this.month = YearMonth.from(exercises.today());

        Button previous = new Button("Previous month", e -> showMonth(month.minusMonths(1)));
        Button next = new Button("Next month", e -> showMonth(month.plusMonths(1)));
        Button today = new Button("This month", e -> showMonth(YearMonth.from(exercises.today())));
        HorizontalLayout nav = new HorizontalLayout(previous, monthTitle, next, today);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        monthGrid.addClassName("month-grid");
        VerticalLayout monthView = new VerticalLayout(nav, monthGrid);
        monthView.setPadding(false);

        agenda.addColumn(e -> Ui.date(e.date()))
                .setHeader("Date")
                .setSortable(true)
                .setComparator(Entry::date);
        var time = agenda.addColumn(Entry::time).setHeader("Time");
        agenda.addComponentColumn(
                        e -> e.link() == null ? new Span(e.title()) : Kit.target(new Anchor(e.link(), e.title())))
                .setHeader("What")
                .setFlexGrow(2);
        var kind = agenda.addColumn(Entry::kind).setHeader("Kind").setSortable(true);
        agenda.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Kit.hideWhenNarrow(agenda, time, kind);
        agenda.setEmptyStateText("Nothing in the next twelve months.");
        agenda.setAllRowsVisible(true);

        // Two views of the same dates, switched by a pair of toggle buttons (pressed state announced), rather than
        // tabs: Vaadin's tab sheet fails axe-core's aria-required-children rule.
        Button showMonth = new Button("Month");
        Button showAgenda = new Button("Agenda");
        Runnable[] choose = new Runnable[2];
        choose[0] = () -> {
            monthView.setVisible(true);
            agenda.setVisible(false);
            pressed(showMonth, true);
            pressed(showAgenda, false);
        };
        choose[1] = () -> {
            monthView.setVisible(false);
            agenda.setVisible(true);
            pressed(showMonth, false);
            pressed(showAgenda, true);
        };
        showMonth.addClickListener(e -> choose[0].run());
        showAgenda.addClickListener(e -> choose[1].run());
        HorizontalLayout views = new HorizontalLayout(showMonth, showAgenda);
        views.addClassName("calendar-views");
        views.setSpacing(false);
        views.getElement().setAttribute("role", "group");
        views.getElement().setAttribute("aria-label", "Show the calendar as");
        choose[0].run();
        add(views, monthView, agenda, new H2("Subscribe in your calendar"), feedPanel);
        showMonth(month);
        LocalDate from = exercises.today();
        agenda.setItems(entries(from, from.plusMonths(12)));
        renderFeed(null);
    }

    private static void pressed(Button button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private void showMonth(YearMonth shown) {
        month = shown;
        monthTitle.setText(MONTH.format(shown));
        monthGrid.removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            Div head = new Div(new Span(day.getDisplayName(TextStyle.SHORT, Ui.UK)));
            head.addClassName("month-head");
            monthGrid.add(head);
        }
        LocalDate first = shown.atDay(1);
        for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
            monthGrid.add(new Div());
        }
        List<Entry> entries = entries(first, shown.atEndOfMonth());
        for (int d = 1; d <= shown.lengthOfMonth(); d++) {
            LocalDate date = shown.atDay(d);
            Div cell = new Div();
            cell.addClassName("month-day");
            if (date.equals(exercises.today())) {
                cell.addClassName("month-today");
            }
            cell.add(new Div(new Span(String.valueOf(d))));
            for (Entry e : entries) {
                if (e.date().equals(date)) {
                    Div item = new Div();
                    item.add(
                            e.link() == null
                                    ? new Span(e.kind() + ": " + e.title())
                                    : new Anchor(e.link(), (e.time().isEmpty() ? "" : e.time() + " ") + e.title()));
                    cell.add(item);
                }
            }
            monthGrid.add(cell);
        }
    }

    List<Entry> entries(LocalDate from, LocalDate to) {
        List<Entry> entries = new ArrayList<>();
        exercises.between(from, to).stream()
                .filter(e -> e.status() != ExerciseStatus.CANCELLED)
                .forEach(e -> entries.add(new Entry(
                        e.date(),
                        TIME.format(e.startsAt()),
                        e.name() + " (" + e.status().label() + ")",
                        "Exercise",
                        "exercises/" + e.id())));
        for (Deadline d : plans.deadlines()) {
            if (!d.dueDate().isBefore(from) && !d.dueDate().isAfter(to)) {
                entries.add(new Entry(d.dueDate(), "", d.title(), d.kind().title(), d.link()));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::time));
        return entries;
    }

    private void renderFeed(String newToken) {
        feedPanel.removeAll();
        feedPanel.setPadding(false);
        feedPanel.add(new Paragraph("Your own secret address of an iCalendar feed of exercises and due dates. Anyone "
                + "with the address can read the feed: keep it private, and revoke it if it leaks. Calendar apps "
                + "refresh it every few hours, so do not rely on it for alerts."));
        if (newToken != null) {
            String path = "calendar/" + newToken + ".ics";
            // The public address when one is set (behind a proxy the request's own address is the inner one).
            String url = planner.baseUrlSet() ? planner.link(path) : getUrlBase() + path;
            TextField address = new TextField("Feed address (shown once: copy it now)", url, "");
            address.setReadOnly(true);
            address.setWidthFull();
            address.addClassName("feed-address");
            feedPanel.add(address);
        } else {
            feedPanel.add(new Paragraph(feeds.tokenCreatedAt()
                    .map(at -> "You have a feed address, made "
                            + Ui.date(at.atZone(PlannerZone.zone()).toLocalDate())
                            + ". Its secret is not stored, so it cannot be shown again: make a new one if you need it.")
                    .orElse("You have no feed address.")));
        }
        boolean replaces = feeds.tokenCreatedAt().isPresent();
        Button create =
                new Button(replaces ? "Make a new address (the old one stops working)" : "Make a feed address", e -> {
                    if (replaces) {
                        Kit.confirm(
                                "Make a new feed address?",
                                "Calendars subscribed to the old address will stop "
                                        + "updating until they subscribe to the new one.",
                                "Make a new address",
                                null,
                                () -> renderFeed(feeds.regenerate()));
                    } else {
                        renderFeed(feeds.regenerate());
                    }
                });
        HorizontalLayout buttons = new HorizontalLayout(create);
        if (feeds.tokenCreatedAt().isPresent()) {
            buttons.add(new Button(
                    "Revoke",
                    e -> Kit.confirm(
                            "Revoke your feed address?",
                            "Calendars subscribed to it will stop updating.",
                            "Revoke",
                            null,
                            () -> {
                                feeds.revoke();
                                renderFeed(null);
                            })));
        }
        feedPanel.add(buttons);
    }

    private String getUrlBase() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        String base =
                http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
        return base.endsWith("/") ? base : base + "/";
    }
}
