package uk.gov.halton.planner.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.InvalidInputException;

/**
 * Hostile input at the exercise forms (create, edit, move, actions, lessons, debriefs), the programme and the
 * exports (lessons CSV for JOL, the iCalendar feed): dates out of range or in the wrong order and text that cannot be
 * stored are refused naming the field and change nothing; markup and formulas are stored as text and stay text (or
 * are neutralised) on the way out. Every test runs in a transaction that is rolled back; after a refused call the
 * persistence context is cleared, as the refused call's own transaction would be, before comparing.
 */
@PlannerContextTest
@WithUserDetails("planner")
@Transactional
class HostileExercisesTest {

    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    CalendarFeedService calendar;

    @Autowired
    EntityManager entities;

    @Autowired
    uk.gov.halton.planner.MutableClock clock;

    private ExerciseDraft draft(LocalDate date) {
        return exercises.draftFromTemplate("seminar", List.of("univar-widnes"), date);
    }

    private static ExerciseDraft with(
            ExerciseDraft d,
            String name,
            LocalDateTime start,
            LocalDateTime end,
            String location,
            List<String> agencies,
            String scenario) {
        return new ExerciseDraft(
                name,
                d.templateType(),
                d.planIds(),
                start,
                end,
                location,
                agencies,
                d.objectives(),
                scenario,
                d.testsPlan());
    }

    private void refused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
        entities.clear();
    }

    @Test
    void datesOutOfRangeOrInTheWrongOrderAreRefusedNamingTheField() {
        ExerciseDraft d = draft(exercises.today().plusDays(90));
        int before = exercises.findAll().size();
        for (LocalDateTime bad : new LocalDateTime[] {
            LocalDateTime.of(0, 1, 1, 10, 0), LocalDateTime.of(1969, 12, 31, 10, 0), LocalDateTime.of(9999, 6, 1, 10, 0)
        }) {
            refused(
                    () -> exercises.create(with(d, d.name(), bad, bad.plusHours(2), null, d.agencies(), null)),
                    "startsAt",
                    "The date of the exercise must be between 1970 and 2099");
        }
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.startsAt().minusHours(1), null, d.agencies(), null)),
                "endsAt",
                "must end after it starts");
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.startsAt().plusYears(100), null, d.agencies(), null)),
                "endsAt",
                "at most seven days");
        assertThat(exercises.findAll()).hasSize(before);

        ExerciseSummary created = exercises.create(d);
        refused(
                () -> exercises.move(
                        created.id(),
                        version(created.id()),
                        LocalDateTime.of(9999, 1, 1, 9, 0),
                        LocalDateTime.of(9999, 1, 1, 12, 0)),
                "startsAt",
                "(9999-01-01 was given)");
        refused(
                () -> exercises.update(
                        created.id(),
                        version(created.id()),
                        with(
                                d,
                                "Renamed",
                                LocalDateTime.of(1, 1, 1, 9, 0),
                                LocalDateTime.of(1, 1, 1, 12, 0),
                                null,
                                d.agencies(),
                                null)),
                "startsAt",
                "between 1970 and 2099");
        assertThat(exercises.find(created.id()).orElseThrow()).isEqualTo(created);

        refused(
                () -> exercises.addAction(created.id(), "Fix it", "Owner", LocalDate.of(0, 1, 1)),
                "dueOn",
                "The due date must be between 1970 and 2099");
        refused(
                () -> exercises.addAction(created.id(), "Fix it", "Owner", LocalDate.of(9999, 12, 31)),
                "dueOn",
                "(9999-12-31 was given)");
        assertThat(exercises.actions(created.id())).isEmpty();
    }

    @Test
    void aProposalMovedToANonsenseYearIsRefusedWithAMessageNotACrash() {
        List<ProgrammeProposal> proposals = programmes.propose();
        assertThat(proposals).isNotEmpty();
        ProgrammeProposal first = proposals.getFirst();
        refused(
                () -> programmes.move(first.id(), LocalDate.of(9999, 6, 1)),
                "date",
                "The proposed date must be between");
        assertThat(programmes.openProposals().getFirst()).isEqualTo(first);
    }

    @Test
    @WithUserDetails("manager")
    void anApprovalNoteWithControlCharactersIsRefused() {
        var before = programmes.approval(programmes.currentYear());
        refused(() -> programmes.approve(programmes.currentYear(), "ok\u0000"), "note", "control character");
        assertThat(programmes.approval(programmes.currentYear())).isEqualTo(before);
    }

    @Test
    void textThatCannotBeStoredOrIsTooLongIsRefusedNamingTheField() {
        ExerciseDraft d = draft(exercises.today().plusDays(90));
        refused(
                () -> exercises.create(with(d, "Seminar\u0000", d.startsAt(), d.endsAt(), null, d.agencies(), null)),
                "name",
                "The name contains a control character (U+0000)");
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.endsAt(), "Room \u001B[5m", d.agencies(), null)),
                "location",
                "The location contains a control character");
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.endsAt(), null, List.of("Police\u0007"), null)),
                "agencies",
                "control character");
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.endsAt(), null, d.agencies(), "s".repeat(4001))),
                "scenario",
                "At most 4000 characters");
        refused(
                () -> exercises.create(
                        with(d, d.name(), d.startsAt(), d.endsAt(), null, d.agencies(), "broken \uDFFF")),
                "scenario",
                "broken character");
        ExerciseSummary created = exercises.create(d);
        refused(() -> exercises.postpone(created.id(), "why\u0000"), "postponeReason", "control character");
        refused(
                () -> exercises.addAction(created.id(), "do\u0000it", "Owner", exercises.today()),
                "description",
                "control character");
        refused(
                () -> exercises.addAction(created.id(), "Do it", "O".repeat(101), exercises.today()),
                "owner",
                "At most 100 characters");
    }

    /** A held exercise with a lesson whose every text column starts like a formula, and markup in its name. */
    private ExerciseSummary heldWithHostileText() {
        LocalDate today = exercises.today();
        ExerciseDraft d = draft(today);
        ExerciseSummary e = exercises.create(with(
                d,
                "=HYPERLINK(\"http://evil.example\") " + MARKUP,
                d.startsAt(),
                d.endsAt(),
                "@SUM(1+1) Municipal Building; Widnes, \"Room 1\"",
                List.of("+Cheshire Police", MARKUP),
                MARKUP));
        exercises.schedule(e.id());
        exercises.markHeld(e.id(), today);
        exercises.recordHotDebrief(e.id(), version(e.id()), MARKUP);
        exercises.addLesson(e.id(), Lesson.Category.LEARNING_POINT, "-2+3 plan element", "=1+1 " + MARKUP);
        return exercises.find(e.id()).orElseThrow();
    }

    @Test
    void markupIsStoredAsTextAndFormulasAreNeutralisedInTheLessonsCsv() throws Exception {
        ExerciseSummary e = heldWithHostileText();
        assertThat(e.name()).isEqualTo("=HYPERLINK(\"http://evil.example\") " + MARKUP);
        assertThat(e.scenario()).isEqualTo(MARKUP);
        assertThat(e.hotDebrief()).isEqualTo(MARKUP);
        assertThat(exercises.lessons(e.id()))
                .singleElement()
                .satisfies(l -> assertThat(l.text()).isEqualTo("=1+1 " + MARKUP));

        CSVRecord row = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(exercises.lessonsCsv()))
                .getRecords()
                .stream()
                .filter(r -> r.get("Exercise").contains("evil.example"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("Exercise")).isEqualTo("'=HYPERLINK(\"http://evil.example\") " + MARKUP);
        assertThat(row.get("Plan element")).isEqualTo("'-2+3 plan element");
        assertThat(row.get("Lesson")).isEqualTo("'=1+1 " + MARKUP);
        assertThat(row.get("Location")).isEqualTo("'@SUM(1+1) Municipal Building; Widnes, \"Room 1\"");
        assertThat(row.get("Participating agencies")).isEqualTo("'+Cheshire Police; " + MARKUP);
    }

    @Test
    void theCalendarFeedKeepsHostileTextInsideItsProperties() {
        LocalDate date = exercises.today().plusDays(30);
        ExerciseDraft d = draft(date);
        String name = "Evil\r\nATTENDEE:mailto:all@example.org\r\nEND:VEVENT " + MARKUP;
        String location = "Room; 1, \"A\"\nBEGIN:VALARM";
        // A name and a location are single lines now; the feed must still hold rows stored before that rule.
        refused(
                () -> exercises.create(with(d, name, d.startsAt(), d.endsAt(), null, d.agencies(), null)),
                "name",
                "The name contains a line break at position 5, but it is a single line");
        refused(
                () -> exercises.create(with(d, d.name(), d.startsAt(), d.endsAt(), location, d.agencies(), null)),
                "location",
                "The location contains a line break");
        ExerciseSummary created =
                exercises.create(with(d, "Evil", d.startsAt(), d.endsAt(), "Room", d.agencies(), null));
        entities.createNativeQuery("update exercise set name = ?1, location = ?2 where id = ?3")
                .setParameter(1, name)
                .setParameter(2, location)
                .setParameter(3, created.id())
                .executeUpdate();
        entities.clear();
        // This test's rows are never committed, so the feed's reuse of an earlier rendering (cleared after a commit)
        // would hide them: read it after the reuse period.
        clock.advance(CalendarFeedService.REUSE.plusSeconds(1));
        String feed = calendar.feed(calendar.regenerate()).orElseThrow();
        List<String> lines = feed.lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("ATTENDEE")).noneMatch(l -> l.startsWith("BEGIN:VALARM"));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count())
                .isEqualTo(lines.stream().filter(l -> l.equals("END:VEVENT")).count());
        String unfolded = feed.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Evil\\nATTENDEE:mailto:all@example.org\\nEND:VEVENT " + MARKUP)
                .contains("LOCATION:Room\\; 1\\, \"A\"\\nBEGIN:VALARM");
    }

    /** The version of the exercise as a form would open it now. */
    private long version(long id) {
        return exercises.find(id).orElseThrow().rowVersion();
    }
}
