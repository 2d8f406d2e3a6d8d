package uk.gov.halton.planner.exercises;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.exercises.report.ReportDocument;
import uk.gov.halton.planner.plans.PlanSummary;

/** What a test report says, in its order: one place, drawn as PDF and as an editable document. */
final class TestReportContent {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", java.util.Locale.UK);

    record Facts(
            ExerciseSummary exercise,
            String typeName,
            List<PlanSummary> plans,
            List<ElementMark> marks,
            List<Attendee> attendees,
            List<ExerciseParticipants.Participant> invited,
            List<Inject> injects,
            List<LogEntry> entries,
            List<Lesson> lessons,
            List<ExerciseActionItem> actions,
            ZonedDateTime producedAt,
            String producedBy) {}

    private TestReportContent() {}

    static ReportDocument build(Facts f) {
        ExerciseSummary e = f.exercise();
        ReportDocument doc = new ReportDocument(
                "Test report: " + e.name(),
                "Halton Borough Council, off-site "
                        + "emergency plan test (COMAH 2015 regulation 14). Produced " + WHEN.format(f.producedAt())
                        + " by "
                        + f.producedBy() + ".");
        doc.heading("The exercise");
        doc.table(
                List.of("Item", "Detail"),
                List.of(
                        List.of("Type", f.typeName()),
                        List.of("Planned", WHEN.format(e.startsAt()) + " to " + TIME.format(e.endsAt())),
                        List.of("Held on", e.heldOn() == null ? "Not recorded" : Dates.day(e.heldOn())),
                        List.of("Location", or(e.location())),
                        List.of("Counts as a test of the plans", e.testsPlan() ? "Yes" : "No"),
                        List.of("Public informed as required", or(e.publicInformed()))),
                "");

        doc.heading("Plans and elements tested");
        Function<String, String> title = id -> f.plans().stream()
                .filter(p -> p.id().equals(id))
                .map(PlanSummary::title)
                .findFirst()
                .orElse(id);
        doc.para("Plans: " + String.join("; ", e.planIds().stream().map(title).toList()) + ".");
        doc.table(
                List.of("Plan", "Element", "Result", "Note"),
                f.marks().stream()
                        .map(m -> List.of(
                                title.apply(m.planId()),
                                m.elementTitle(),
                                m.result().label(),
                                or(m.note())))
                        .toList(),
                "No plan elements were recorded as tested by this exercise.");

        doc.heading("Objectives");
        doc.lines(e.objectives(), "No objectives recorded.");
        if (e.scenario() != null) {
            doc.heading("Scenario");
            doc.lines(e.scenario(), "");
        }

        doc.heading("Participants and attendance");
        // The services the exercise was planned for (from its template); who came is in the table, by organisation.
        doc.para(
                e.agencies().isEmpty()
                        ? "No services were named when the exercise was planned."
                        : "Services planned to take part: " + String.join(", ", e.agencies()) + ".");
        Map<String, Organisation> byOrganisation = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        // One row per organisation however it was typed: case and spacing do not split "Cheshire Police".
        f.invited()
                .forEach(p -> byOrganisation
                        .computeIfAbsent(tidy(p.organisation()), k -> new Organisation())
                        .invite(p));
        f.attendees()
                .forEach(a -> byOrganisation
                        .computeIfAbsent(tidy(a.organisation()), k -> new Organisation())
                        .attended
                        .add(a.name()));
        List<List<String>> attendance = new ArrayList<>();
        byOrganisation.forEach((org, o) -> attendance.add(List.of(
                org,
                String.valueOf(o.invited),
                String.valueOf(o.accepted.size()),
                String.valueOf(o.declined.size()),
                String.valueOf(o.attended.size()),
                String.join(", ", o.attended),
                o.answers())));
        doc.table(
                List.of("Organisation", "Invited", "Accepted", "Declined", "Attended", "Names", "Answers"),
                attendance,
                "No one was invited through the planner and no attendance was recorded on the day.");

        doc.heading("Timeline: planned against actual");
        doc.table(
                List.of("Planned", "Inject", "To", "Expected response", "Delivered", "Difference"),
                f.injects().stream().map(TestReportContent::timelineRow).toList(),
                "No timeline of injects recorded.");
        doc.heading("Observations and decisions on the day");
        doc.table(
                List.of("Time", "Kind", "Entry", "By"),
                f.entries().stream()
                        .map(l -> List.of(TIME.format(l.loggedAt()), l.kind().label(), l.text(), l.loggedBy()))
                        .toList(),
                "Nothing logged.");

        doc.heading("Hot debrief");
        doc.lines(e.hotDebrief(), "No hot debrief recorded.");
        doc.heading("Cold debrief" + (e.coldDebriefOn() == null ? "" : " (" + Dates.day(e.coldDebriefOn()) + ")"));
        doc.lines(e.coldDebrief(), "No cold debrief recorded.");

        doc.heading("Lessons");
        doc.table(
                List.of("Kind", "Plan element", "Lesson"),
                f.lessons().stream()
                        .map(l -> List.of(l.category().label(), or(l.planElement()), l.text()))
                        .toList(),
                "No lessons recorded.");
        doc.heading("Actions");
        doc.table(
                List.of("Action", "Owner", "Due", "Done"),
                f.actions().stream()
                        .map(a -> List.of(a.description(), a.owner(), Dates.day(a.dueOn()), a.done() ? "Done" : "Open"))
                        .toList(),
                "No actions recorded.");
        return doc;
    }

    /** One organisation's invitations and attendance, for the participants table. */
    private static final class Organisation {
        private int invited;
        private final List<String> accepted = new ArrayList<>();
        private final List<String> declined = new ArrayList<>();
        private final List<String> attended = new ArrayList<>();

        void invite(ExerciseParticipants.Participant p) {
            invited++;
            if ("Accepted".equals(p.response())) {
                accepted.add(p.name());
            } else if ("Declined".equals(p.response())) {
                declined.add(p.name());
            }
        }

        String answers() {
            List<String> parts = new ArrayList<>();
            if (!accepted.isEmpty()) {
                parts.add("accepted: " + String.join(", ", accepted));
            }
            if (!declined.isEmpty()) {
                parts.add("declined: " + String.join(", ", declined));
            }
            return parts.isEmpty() ? "—" : String.join("; ", parts);
        }
    }

    private static List<String> timelineRow(Inject i) {
        String delivered = i.deliveredAt() == null ? "Not delivered" : TIME.format(i.deliveredAt());
        String difference = "";
        if (i.deliveredAt() != null) {
            LocalTime planned = LocalTime.parse(i.plannedAt());
            long minutes = Duration.between(
                            planned,
                            i.deliveredAt()
                                    .withZoneSameInstant(PlannerZone.zone())
                                    .toLocalTime())
                    .toMinutes();
            difference = minutes == 0 ? "On time" : (minutes > 0 ? minutes + " min late" : -minutes + " min early");
        }
        return List.of(i.plannedAt(), i.inject(), or(i.toWhom()), or(i.expected()), delivered, difference);
    }

    private static String tidy(String organisation) {
        return organisation == null || organisation.isBlank()
                ? "—"
                : organisation.strip().replaceAll("\\s+", " ");
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
