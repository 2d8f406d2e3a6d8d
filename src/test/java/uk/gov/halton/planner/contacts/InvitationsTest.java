package uk.gov.halton.planner.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.AlertTestSupport;
import uk.gov.halton.planner.alerts.Reminder;
import uk.gov.halton.planner.alerts.Reminders;
import uk.gov.halton.planner.alerts.mail.MailOutbox;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.exercises.integration.ExerciseDeadlines;

/**
 * Invitations from the outbox to a real SMTP server (GreenMail), read back with an independent iCalendar parser
 * (biweekly); the reply link through HTTP with no session. The server holds every test's mail: each test reads only
 * the mail to the contacts it made (addresses of their own). Each test cancels the exercises it scheduled, so that
 * they leave no open deadlines behind in the shared database.
 */
@PlannerContextTest
@WithUserDetails("planner")
class InvitationsTest {

    private GreenMail smtp;

    private final List<Long> scheduled = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    ContactService contacts;

    @Autowired
    InvitationService invitations;

    @Autowired
    ExerciseService exercises;

    @Autowired
    MailOutbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    MutableClock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void today() {
        smtp = AlertTestSupport.smtp();
        clock.setDate(LocalDate.of(2027, 3, 1));
    }

    @AfterEach
    void cancelWhatWasScheduled() {
        for (long id : scheduled) {
            if (exercises.find(id).orElseThrow().status() == ExerciseStatus.SCHEDULED) {
                exercises.cancel(id, "Test finished");
            }
        }
        clock.reset();
    }

    @Test
    void theInvitationIsAMeetingRequestThatAMoveUpdatesAndACancellationCancels() throws Exception {
        ExerciseSummary exercise = scheduledExercise(LocalDate.of(2027, 3, 22));
        Contact fire = contact("Cheshire Fire and Rescue Service", "Sample contact A", "Station manager");
        invitations.invite(exercise.id(), List.of(fire.id()));

        MimeMessage invitation = awaitMail(fire.email(), 1).getFirst();
        assertThat(invitation.getSubject()).startsWith("Invitation: ").contains(exercise.name());
        BodyPart calendarPart = calendarPart(invitation);
        assertThat(calendarPart.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        VEvent request = event(calendarPart, "REQUEST");
        String uid = request.getUid().getValue();
        assertThat(request.getSequence().getValue()).isZero();
        assertThat(request.getDateStart().getValue().toInstant())
                .isEqualTo(exercise.startsAt().toInstant());
        assertThat(request.getDateEnd().getValue().toInstant())
                .isEqualTo(exercise.endsAt().toInstant());
        assertThat(request.getOrganizer().getEmail()).isEqualTo("planner@demo.invalid");
        assertThat(request.getAttendees()).singleElement().satisfies(a -> {
            assertThat(a.getEmail()).isEqualTo(fire.email());
            assertThat(a.getCommonName()).isEqualTo("Sample contact A");
        });
        assertThat(text(invitation)).contains("Dear Sample contact A").contains("/invitations/");

        // Moved a day later: the same meeting (UID) again, with a higher SEQUENCE and the new times.
        ExerciseSummary moved = exercises.move(
                exercise.id(),
                exercise.rowVersion(),
                exercise.startsAt().toLocalDateTime().plusDays(1),
                exercise.endsAt().toLocalDateTime().plusDays(1));
        MimeMessage update = awaitMail(fire.email(), 2).get(1);
        assertThat(update.getSubject()).startsWith("Updated invitation: ");
        VEvent updated = event(calendarPart(update), "REQUEST");
        assertThat(updated.getUid().getValue()).isEqualTo(uid);
        assertThat(updated.getSequence().getValue()).isEqualTo(1);
        assertThat(updated.getDateStart().getValue().toInstant())
                .isEqualTo(moved.startsAt().toInstant());

        // An edit that changes nothing the invitee holds sends nothing.
        exercises.recordPublicInformation(moved.id(), moved.rowVersion(), "Press release");
        // Cancelled: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE again.
        exercises.cancel(exercise.id(), "Site shutdown");
        MimeMessage cancellation = awaitMail(fire.email(), 3).get(2);
        assertThat(cancellation.getSubject()).startsWith("Cancelled: ");
        BodyPart cancelPart = calendarPart(cancellation);
        assertThat(cancelPart.getContentType()).contains("method=CANCEL");
        VEvent cancelled = event(cancelPart, "CANCEL");
        assertThat(cancelled.getUid().getValue()).isEqualTo(uid);
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(cancelled.getStatus().isCancelled()).isTrue();
        assertThat(invitations.forExercise(exercise.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.cancelled()).isTrue());
    }

    @Test
    void theReplyLinkAcceptsWithoutSigningInAndRefusesATamperedOrExpiredLink() throws Exception {
        ExerciseSummary exercise = scheduledExercise(LocalDate.of(2027, 3, 24));
        Contact ea = contact("Environment Agency", "Sample contact B", "Incident officer");
        invitations.invite(exercise.id(), List.of(ea.id()));
        String path = replyPath(awaitMail(ea.email(), 1).getFirst());

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(exercise.name()).contains("Will you take part?");
        assertThat(response(exercise.id(), ea.email())).isEqualTo(Response.NOT_ANSWERED); // opening changes nothing

        HttpResponse<String> accepted = post(path, "accept");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("Thank you").contains("You accepted");
        assertThat(response(exercise.id(), ea.email())).isEqualTo(Response.ACCEPTED);

        // Tampered: another signature, or the expiry pushed later, or another invitation's number.
        String[] parts = path.substring("/invitations/".length()).split("\\.");
        String signature = parts[2];
        String flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        for (String forged : List.of(
                parts[0] + "." + parts[1] + "." + flipped,
                parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + signature,
                (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + signature,
                "not-a-token")) {
            HttpResponse<String> refused = post("/invitations/" + forged, "decline");
            assertThat(refused.statusCode()).as(forged).isEqualTo(400);
            assertThat(refused.body()).contains("This link is not valid");
        }
        assertThat(response(exercise.id(), ea.email())).isEqualTo(Response.ACCEPTED);

        // After the exercise ends the link has expired: a clear page, and the answer stands.
        clock.set(exercise.endsAt().toInstant().plusSeconds(60));
        HttpResponse<String> expired = post(path, "decline");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");
        assertThat(get(path).statusCode()).isEqualTo(410);
        assertThat(response(exercise.id(), ea.email())).isEqualTo(Response.ACCEPTED);
    }

    @Test
    void theDayBeforeReminderGoesToThoseWhoAcceptedOnly() throws Exception {
        ExerciseSummary exercise = scheduledExercise(LocalDate.of(2027, 3, 25));
        Contact yes = contact("North West Ambulance Service", "Sample contact C", "Resilience manager");
        Contact no = contact("Warrington Borough Council", "Sample contact D", "Emergency planning officer");
        invitations.invite(exercise.id(), List.of(yes.id(), no.id()));
        assertThat(post(replyPath(awaitMail(yes.email(), 1).getFirst()), "accept")
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(replyPath(awaitMail(no.email(), 1).getFirst()), "decline")
                        .statusCode())
                .isEqualTo(200);

        clock.set(exercise.startsAt().toInstant().minus(Duration.ofHours(25)));
        var delivery = asScheduledJob(() -> reminders.remind(new Reminder(
                ExerciseDeadlines.exercise(exercise), "Exercise tomorrow: " + exercise.name() + ".", Set.of())));
        assertThat(delivery.made()).isTrue();
        MimeMessage reminder = awaitMail(yes.email(), 2).get(1);
        assertThat(reminder.getSubject()).contains("Reminder").contains(exercise.name());
        assertThat(text(reminder)).contains("Dear Sample contact C").contains("Exercise tomorrow: " + exercise.name());
        outbox.sendDue();
        assertThat(mailTo(no.email())).hasSize(1); // the invitation only

        // Fired again (another node, a catch-up): nothing more.
        assertThat(asScheduledJob(() -> reminders.remind(new Reminder(
                                ExerciseDeadlines.exercise(exercise),
                                "Exercise tomorrow: " + exercise.name() + ".",
                                Set.of())))
                        .made())
                .isFalse();
        outbox.sendDue();
        assertThat(mailTo(yes.email())).hasSize(2);
    }

    @Test
    @WithUserDetails("partner")
    void aPartnerCannotInvite() {
        assertThatThrownBy(() -> invitations.invite(1L, List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    private <T> T asScheduledJob(java.util.function.Supplier<T> job) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            return job.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        }
    }

    private ExerciseSummary scheduledExercise(LocalDate day) {
        ExerciseSummary exercise = exercises.schedule(exercises
                .create(exercises.draftFromTemplate("tabletop", List.of("univar-widnes"), day))
                .id());
        scheduled.add(exercise.id());
        return exercise;
    }

    private Contact contact(String organisation, String name, String role) {
        return contacts.create(new ContactDetails(
                organisation,
                name,
                role,
                "sample-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                null));
    }

    private Response response(long exerciseId, String email) {
        return invitations.forExercise(exerciseId).stream()
                .filter(i -> i.email().equals(email))
                .findFirst()
                .orElseThrow()
                .response();
    }

    /** The messages to this address once there are {@code count}, in the order sent. */
    private List<MimeMessage> awaitMail(String email, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            outbox.sendDue();
            return mailTo(email).size() >= count;
        });
        return mailTo(email);
    }

    private List<MimeMessage> mailTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        assertThat(multipart.getContentType()).startsWith("multipart/alternative");
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return multipart.getBodyPart(i);
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String text(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return message.getContent().toString();
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).getContentType().startsWith("text/plain")) {
                return read(multipart.getBodyPart(i));
            }
        }
        return message.getContent().toString();
    }

    private static String read(BodyPart part) throws Exception {
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The one event of the calendar part, parsed by biweekly, which must find it valid and of this METHOD. */
    private static VEvent event(BodyPart part, String method) throws Exception {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(read(part)).warnings(warnings).first();
        assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }

    private static String replyPath(MimeMessage message) throws Exception {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/invitations/[A-Za-z0-9._-]+)")
                .matcher(text(message));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String answer) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("answer=" + answer))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
