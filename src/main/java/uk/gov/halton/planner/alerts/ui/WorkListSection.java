package uk.gov.halton.planner.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.alerts.DeadlineProvider;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.HomeSection;
import uk.gov.halton.planner.base.HomeSections;
import uk.gov.halton.planner.base.Role;

/**
 * The planners' and managers' work list on the home page: every deadline the planning modules hold, overdue first,
 * then due within 30 days, then within 90. An exercise appears here only once its day has passed without being
 * recorded as held (upcoming exercises have their own section).
 */
@org.springframework.stereotype.Component
class WorkListSection implements HomeSection {

    static final int SOON_DAYS = 30;
    static final int LATER_DAYS = 90;

    private final List<DeadlineProvider> providers;
    private final Clock clock;

    WorkListSection(List<DeadlineProvider> providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean shownTo(Set<Role> roles) {
        return roles.contains(Role.PLANNER) || roles.contains(Role.MANAGER) || roles.contains(Role.ADMIN);
    }

    @Override
    public Component create(Set<Role> roles) {
        LocalDate today = LocalDate.now(clock);
        List<Deadline> due = providers.stream()
                .flatMap(p -> p.openDeadlines().stream())
                .filter(d -> !d.dueDate().isAfter(today.plusDays(LATER_DAYS)))
                .filter(d -> d.kind() != DeadlineKind.EXERCISE || d.dueDate().isBefore(today))
                .sorted(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::title))
                .toList();
        Div section = HomeSections.section("What is due", "work-list");
        if (due.isEmpty()) {
            section.add(HomeSections.empty("Nothing is overdue or due in the next " + LATER_DAYS + " days."));
            return section;
        }
        group(
                section,
                "Overdue",
                due.stream().filter(d -> d.dueDate().isBefore(today)).toList(),
                today);
        group(
                section,
                "In the next " + SOON_DAYS + " days",
                due.stream()
                        .filter(d ->
                                !d.dueDate().isBefore(today) && !d.dueDate().isAfter(today.plusDays(SOON_DAYS)))
                        .toList(),
                today);
        group(
                section,
                "In 31 to " + LATER_DAYS + " days",
                due.stream()
                        .filter(d -> d.dueDate().isAfter(today.plusDays(SOON_DAYS)))
                        .toList(),
                today);
        return section;
    }

    private static void group(Div section, String title, List<Deadline> items, LocalDate today) {
        if (items.isEmpty()) {
            return;
        }
        Div group = new Div(HomeSections.group(title, items.size()));
        group.addClassName("work-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        for (Deadline d : items) {
            boolean overdue = d.dueDate().isBefore(today);
            String when = d.kind() == DeadlineKind.EXERCISE && overdue
                    ? "held on " + Dates.day(d.dueDate()) + "? Not yet recorded"
                    : capital(Dates.timeLeft(d.dueDate(), today)) + ", " + Dates.day(d.dueDate());
            String text = switch (d.kind()) {
                case ACTION -> "Action: " + d.title();
                case EXERCISE -> "Exercise: " + d.title();
                default -> d.title();
            };
            group.add(HomeSections.line(
                    d.link(), text, when, overdue || !d.dueDate().isAfter(today.plusDays(7))));
        }
        section.add(group);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
