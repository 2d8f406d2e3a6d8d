package uk.gov.halton.planner.exercises.programme;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import uk.gov.halton.planner.base.FinancialYear;

/**
 * Proposes exercises for the current and the next two financial years so that each plan is tested before its next
 * test is due and each year has at least one exercise of the COMAH plans (PPT 06), on weekdays outside the blackout
 * periods and at least a minimum gap apart where that can be done. A pure function: no database, no clock.
 */
public final class ProgrammePlanner {

    /** A plan and its next test due; null when no test is recorded. */
    public record PlanDue(String planId, LocalDate nextTestDue) {}

    /** An exercise already in the programme (proposed, scheduled or held) and the plans it tests. */
    public record Booked(LocalDate date, List<String> planIds) {}

    /** A season to avoid, e.g. 20 July to 1 September; may run across the new year. */
    public record Blackout(String name, MonthDay from, MonthDay to) {
        public boolean contains(LocalDate date) {
            MonthDay day = MonthDay.from(date);
            return from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to) : !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * @param minGapDays  days wanted between any two exercises
     * @param noticeDays  the earliest proposal is this many days after today
     * @param leadDays    a test is aimed this many days before it falls due, to leave room to move it
     */
    public record Settings(int minGapDays, List<Blackout> blackouts, int noticeDays, int leadDays) {}

    /** A proposed exercise. {@code warning} says when a rule could not be kept (null when all were). */
    public record Proposal(LocalDate date, FinancialYear year, List<String> planIds, String reason, String warning) {}

    private static final int ASAP_WINDOW_DAYS = 90;

    private final Settings settings;
    private final NavigableSet<LocalDate> occupied = new TreeSet<>();
    private final List<Proposal> proposals = new ArrayList<>();

    private ProgrammePlanner(Settings settings) {
        this.settings = settings;
    }

    public static List<Proposal> propose(List<PlanDue> plans, List<Booked> booked, LocalDate today, Settings settings) {
        return new ProgrammePlanner(settings).run(plans, booked, today);
    }

    private List<Proposal> run(List<PlanDue> plans, List<Booked> booked, LocalDate today) {
        FinancialYear first = FinancialYear.of(today);
        List<FinancialYear> years = List.of(first, first.next(), first.next().next());
        LocalDate horizonEnd = years.getLast().end();
        LocalDate earliest = today.plusDays(settings.noticeDays());
        Map<String, List<LocalDate>> bookedByPlan = new HashMap<>();
        for (Booked b : booked) {
            occupied.add(b.date());
            for (String planId : b.planIds()) {
                bookedByPlan.computeIfAbsent(planId, k -> new ArrayList<>()).add(b.date());
            }
        }
        bookedByPlan.values().forEach(dates -> dates.sort(Comparator.naturalOrder()));

        Map<String, LocalDate> dueAfterPlanning = new HashMap<>();
        List<PlanDue> ordered = plans.stream()
                .sorted(Comparator.comparing(PlanDue::nextTestDue, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (PlanDue plan : ordered) {
            LocalDate due = plan.nextTestDue();
            List<LocalDate> bookings = bookedByPlan.getOrDefault(plan.planId(), List.of());
            LocalDate from = today;
            while (due == null || !due.isAfter(horizonEnd)) {
                LocalDate limit = due;
                LocalDate after = from;
                LocalDate booking = bookings.stream()
                        .filter(d -> !d.isBefore(after) && (limit == null || !d.isAfter(limit)))
                        .findFirst()
                        .orElse(null);
                if (booking != null) {
                    due = booking.plusYears(3);
                    from = booking.plusDays(1);
                    continue;
                }
                Proposal proposal;
                if (due == null || due.isBefore(earliest)) {
                    String reason = due == null
                            ? "No test recorded: test as soon as possible"
                            : "Test overdue or due before notice can be given (" + due + "): test as soon as possible";
                    proposal = place(
                            earliest,
                            earliest.plusDays(ASAP_WINDOW_DAYS),
                            earliest,
                            List.of(plan.planId()),
                            reason,
                            years);
                } else {
                    LocalDate target = due.minusDays(settings.leadDays());
                    proposal = place(
                            earliest,
                            due,
                            target.isBefore(earliest) ? earliest : target,
                            List.of(plan.planId()),
                            "Tests the plan before its next test is due (" + due + ")",
                            years);
                }
                due = proposal.date().plusYears(3);
                from = proposal.date().plusDays(1);
            }
            dueAfterPlanning.put(plan.planId(), due);
        }

        for (FinancialYear year : years) {
            boolean covered = booked.stream().anyMatch(b -> !b.planIds().isEmpty() && year.contains(b.date()))
                    || proposals.stream().anyMatch(p -> p.year().equals(year));
            LocalDate start = year.start().isBefore(earliest) ? earliest : year.start();
            if (covered || start.isAfter(year.end()) || plans.isEmpty()) {
                continue;
            }
            String planId = dueAfterPlanning.entrySet().stream()
                    .min(Map.Entry.<String, LocalDate>comparingByValue(Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElseThrow();
            LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, year.end()) / 2);
            place(
                    start,
                    year.end(),
                    middle,
                    List.of(planId),
                    "Keeps at least one exercise of the COMAH plans in " + year.label() + " (PPT 06)",
                    years);
        }
        return proposals.stream().sorted(Comparator.comparing(Proposal::date)).toList();
    }

    /** Finds the day nearest {@code target} within [from, to] that keeps the rules, or the best compromise. */
    private Proposal place(
            LocalDate from,
            LocalDate to,
            LocalDate target,
            List<String> planIds,
            String reason,
            List<FinancialYear> years) {
        LocalDate chosen = search(from, to, target, true);
        String warning = null;
        if (chosen == null) {
            chosen = widestGap(from, to, target);
            if (chosen != null) {
                warning = "Closer than " + settings.minGapDays() + " days to another exercise";
            }
        }
        if (chosen == null) {
            chosen = target;
            warning = "No weekday outside the blackout periods is free in this window";
        }
        occupied.add(chosen);
        Proposal proposal = new Proposal(chosen, FinancialYear.of(chosen), planIds, reason, warning);
        proposals.add(proposal);
        return proposal;
    }

    /** Nearest suitable day to the target, looking alternately earlier and later. */
    private LocalDate search(LocalDate from, LocalDate to, LocalDate target, boolean keepGap) {
        long span = ChronoUnit.DAYS.between(from, to);
        for (long step = 0; step <= span; step++) {
            LocalDate earlier = target.minusDays(step);
            if (!earlier.isBefore(from) && !earlier.isAfter(to) && suitable(earlier, keepGap)) {
                return earlier;
            }
            LocalDate later = target.plusDays(step);
            if (step > 0 && !later.isAfter(to) && !later.isBefore(from) && suitable(later, keepGap)) {
                return later;
            }
            if (earlier.isBefore(from) && later.isAfter(to)) {
                break;
            }
        }
        return null;
    }

    /** When the gap cannot be kept: the suitable day furthest from other exercises. */
    private LocalDate widestGap(LocalDate from, LocalDate to, LocalDate target) {
        LocalDate best = null;
        long bestGap = -1;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!suitable(day, false)) {
                continue;
            }
            long gap = gapAt(day);
            if (gap > bestGap
                    || gap == bestGap
                            && Math.abs(ChronoUnit.DAYS.between(day, target))
                                    < Math.abs(ChronoUnit.DAYS.between(best, target))) {
                best = day;
                bestGap = gap;
            }
        }
        return best;
    }

    private boolean suitable(LocalDate day, boolean keepGap) {
        if (!uk.gov.halton.planner.base.WorkingDays.isWorkingDay(day)) {
            return false;
        }
        for (Blackout blackout : settings.blackouts()) {
            if (blackout.contains(day)) {
                return false;
            }
        }
        return !keepGap || gapAt(day) >= settings.minGapDays();
    }

    private long gapAt(LocalDate day) {
        LocalDate before = occupied.floor(day);
        LocalDate after = occupied.ceiling(day);
        long gap = Long.MAX_VALUE;
        if (before != null) {
            gap = Math.min(gap, ChronoUnit.DAYS.between(before, day));
        }
        if (after != null) {
            gap = Math.min(gap, ChronoUnit.DAYS.between(day, after));
        }
        return gap;
    }
}
