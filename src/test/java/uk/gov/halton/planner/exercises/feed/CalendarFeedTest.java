package uk.gov.halton.planner.exercises.feed;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.exercises.CalendarFeedService;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanService;

/**
 * The feed is served without a session at a secret URL and parses in an independent parser (biweekly). Its own
 * application and database (the property only sets it apart): the exercises, actions and mailings made here raise
 * alerts and test plans, which the browser journeys, in the shared application, must not find.
 */
@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
class CalendarFeedTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    ExerciseService exercises;

    @Autowired
    PlanService plans;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aUsersFeedParsesWithRefreshHintsAndRevokingItStopsIt() throws Exception {
        plans.recordTest("univar-widnes", plans.today().minusDays(10), null, "Feed test");
        ExerciseSummary exercise = exercises.create(exercises.draftFromTemplate(
                "seminar", List.of("univar-widnes"), plans.today().plusDays(50)));
        String token = feeds.regenerate();

        HttpResponse<String> response = get("/calendar/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String body = response.body();
        assertThat(body)
                .contains("\r\n")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT4H")
                .contains("X-PUBLISHED-TTL:PT4H");

        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(body).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(calendar.getVersion()).isEqualTo(ICalVersion.V2_0);
        assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("PT4H");
        assertThat(calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue())
                .isEqualTo("PT4H");
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();

        VEvent event = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("exercise-" + exercise.id() + "@safer-halton-planner"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(exercise.name());
        assertThat(event.getDateStart().getValue().hasTime()).isTrue();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(exercise.startsAt().toInstant());
        VEvent due = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("deadline-plan_test-univar-widnes@safer-halton-planner"))
                .findFirst()
                .orElseThrow();
        assertThat(due.getDateStart().getValue().hasTime())
                .as("an all-day event")
                .isFalse();

        feeds.revoke();
        assertThat(get("/calendar/" + token + ".ics").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownTokenIsNotFoundAndTheRestStillNeedsALogin() throws Exception {
        assertThat(get("/calendar/" + "x".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar").statusCode()).isIn(302, 401);
        String token = feeds.regenerate();
        String second = feeds.regenerate();
        assertThat(get("/calendar/" + token + ".ics").statusCode())
                .as("the old token after regenerating")
                .isEqualTo(404);
        assertThat(get("/calendar/" + second + ".ics").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeadlineKeepsOneUidWhenItsDateMovesSoClientsMoveTheEvent() throws Exception {
        // A site's public information mailing: recording one moves the next due date (five years on). Plan tests
        // are left alone: the browser journeys sharing this application need plans with no test recorded.
        String token = feeds.regenerate();
        String uid = "deadline-piz_mailing-packed-chlorine-runcorn@safer-halton-planner";
        LocalDate first = plans.recordMailing(
                        "packed-chlorine-runcorn", plans.today().minusDays(20))
                .nextDue();
        assertThat(day(event(parse(token), uid))).isEqualTo(first);

        LocalDate moved = plans.recordMailing(
                        "packed-chlorine-runcorn", plans.today().minusDays(2))
                .nextDue();
        assertThat(moved).isNotEqualTo(first);
        ICalendar calendar = parse(token);
        assertThat(calendar.getEvents())
                .filteredOn(e -> e.getUid().getValue().equals(uid))
                .hasSize(1);
        assertThat(day(event(calendar, uid))).isEqualTo(moved);
        assertThat(calendar.getEvents())
                .extracting(e -> e.getUid().getValue())
                .doesNotHaveDuplicates()
                .noneMatch(u -> u.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }

    @Test
    void aPostponedExerciseIsTentativeWithItsReasonAndOnlyACancelledOneIsCancelled() throws Exception {
        ExerciseSummary postponed = exercises.create(exercises.draftFromTemplate(
                "tabletop", List.of("univar-widnes"), plans.today().plusDays(70)));
        exercises.schedule(postponed.id());
        exercises.postpone(postponed.id(), "Site turnaround in May");
        ExerciseSummary cancelled = exercises.create(exercises.draftFromTemplate(
                "seminar", List.of("univar-widnes"), plans.today().plusDays(80)));
        exercises.cancel(cancelled.id(), "Superseded");
        ICalendar calendar = parse(feeds.regenerate());

        VEvent moved = event(calendar, "exercise-" + postponed.id() + "@safer-halton-planner");
        assertThat(moved.getStatus().getValue()).isEqualTo("TENTATIVE");
        assertThat(moved.getDescription().getValue()).contains("Postponed: Site turnaround in May");
        assertThat(event(calendar, "exercise-" + cancelled.id() + "@safer-halton-planner")
                        .getStatus()
                        .getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void actionsAndColdDebriefsAreInTheFeed() throws Exception {
        LocalDate today = plans.today();
        ExerciseSummary held =
                exercises.create(exercises.draftFromTemplate("communications", List.of("univar-widnes"), today));
        exercises.schedule(held.id());
        exercises.markHeld(held.id(), today);
        var action = exercises.addAction(
                held.id(), "Update the call-out list", "Emergency planning officer", today.plusDays(30));
        marks.mark(
                held.id(),
                "univar-widnes",
                "warning-and-call-out",
                uk.gov.halton.planner.exercises.ElementResult.MET,
                null);
        ICalendar calendar = parse(feeds.regenerate());

        // The exercise's entry names the elements it tested, from their recorded results.
        assertThat(event(calendar, "exercise-" + held.id() + "@safer-halton-planner")
                        .getDescription()
                        .getValue())
                .contains("Plan elements tested: Early warning, alert and call-out (Met)");

        VEvent actionEvent = event(calendar, "action-" + action.id() + "@safer-halton-planner");
        assertThat(day(actionEvent)).isEqualTo(today.plusDays(30));
        assertThat(actionEvent.getSummary().getValue()).contains("Update the call-out list");
        assertThat(actionEvent.getDescription().getValue()).contains("Emergency planning officer");
        VEvent debrief = event(calendar, "cold-debrief-" + held.id() + "@safer-halton-planner");
        assertThat(day(debrief)).isEqualTo(today.plusDays(ExerciseService.COLD_DEBRIEF_MAX_DAYS));
        assertThat(debrief.getSummary().getValue()).startsWith("Cold debrief due");
    }

    private ICalendar parse(String token) throws Exception {
        HttpResponse<String> response = get("/calendar/" + token + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        return Biweekly.parse(response.body()).first();
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static LocalDate day(VEvent event) {
        var date = event.getDateStart().getValue();
        assertThat(date.hasTime()).as("an all-day event").isFalse();
        var parts = date.getRawComponents();
        return LocalDate.of(parts.getYear(), parts.getMonth(), parts.getDate());
    }

    @Autowired
    uk.gov.halton.planner.base.UserService users;

    @Autowired
    uk.gov.halton.planner.exercises.ElementMarkService marks;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void aDisabledUsersFeedStopsWorking() throws Exception {
        String token = feeds.regenerate();
        assertThat(get("/calendar/" + token + ".ics").statusCode()).isEqualTo(200);

        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "admin", null, "ROLE_ADMIN"));
        var officer = users.findByUsername("officer").orElseThrow();
        users.update(officer.id(), officer.displayName(), officer.email(), officer.role(), false);
        try {
            assertThat(get("/calendar/" + token + ".ics").statusCode()).isEqualTo(404);
        } finally {
            users.update(officer.id(), officer.displayName(), officer.email(), officer.role(), true);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
