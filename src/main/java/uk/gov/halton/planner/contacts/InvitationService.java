package uk.gov.halton.planner.contacts;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.MailQueue;
import uk.gov.halton.planner.base.DatabaseTime;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.contacts.domain.InvitationCalendar;
import uk.gov.halton.planner.contacts.domain.ReplyTokens;
import uk.gov.halton.planner.exercises.ExerciseEvent;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseStatus;
import uk.gov.halton.planner.exercises.ExerciseSummary;

/**
 * Invitations of contacts to exercises. Planners and administrators invite (checked here); everyone signed in sees
 * who is invited and their answers; an invitee answers through the signed link in their email, without signing in.
 * When the exercise moves, each invitee gets the same meeting again with a higher SEQUENCE; when it is cancelled or
 * postponed, a cancellation (a postponed exercise given a new date is sent again as a request).
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final String COLUMNS = "id, exercise_id, contact_id, name, organisation, email, response, "
            + "responded_at, invited_at, sequence_no, sent_cancelled";

    /** What a reply link leads to: the invitation when the link is genuine and in time. */
    public record Reply(Outcome outcome, Invitation invitation, ExerciseSummary exercise) {}

    public enum Outcome {
        VALID,
        INVALID,
        EXPIRED
    }

    private record Sent(
            long id,
            String name,
            String email,
            String organizerName,
            String organizerEmail,
            String replyKey,
            int sequence,
            String title,
            Instant starts,
            Instant ends,
            String location,
            boolean cancelled) {}

    private final JdbcClient jdbc;
    private final ExerciseService exercises;
    private final ContactService contacts;
    private final UserService users;
    private final MailQueue mail;
    private final Clock clock;
    private final PlannerProperties properties;
    private final InternetAddress from;

    InvitationService(
            JdbcClient jdbc,
            ExerciseService exercises,
            ContactService contacts,
            UserService users,
            MailQueue mail,
            Clock clock,
            PlannerProperties properties)
            throws AddressException {
        this.jdbc = jdbc;
        this.exercises = exercises;
        this.contacts = contacts;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        this.properties = properties;
        this.from = new InternetAddress(mail.from());
    }

    @PreAuthorize("isAuthenticated()")
    public List<Invitation> forExercise(long exerciseId) {
        return jdbc.sql("select " + COLUMNS + " from invitation where exercise_id = ? order by lower(organisation), "
                        + "lower(name)")
                .param(exerciseId)
                .query(InvitationService::invitation)
                .list();
    }

    /**
     * Invites these contacts to a proposed or scheduled exercise that has not started; a contact invited before is
     * left as they are. Returns the invitations made.
     */
    @Transactional
    @PreAuthorize(ContactService.KEEPERS)
    public List<Invitation> invite(long exerciseId, Collection<Long> contactIds) {
        ExerciseSummary exercise = exercises
                .find(exerciseId)
                .orElseThrow(() -> new InvalidInputException("exercise", "No exercise " + exerciseId + "."));
        if (!live(exercise)) {
            throw new InvalidInputException(
                    "contacts",
                    "Invitations go out for a proposed or scheduled exercise; this " + "one is "
                            + exercise.status().label().toLowerCase(Locale.UK) + ".");
        }
        if (!exercise.startsAt().toInstant().isAfter(clock.instant())) {
            throw new InvalidInputException(
                    "contacts", "This exercise has started: invitations are for exercises to come.");
        }
        if (contactIds == null || contactIds.isEmpty()) {
            throw new InvalidInputException("contacts", "Choose whom to invite.");
        }
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        UserAccount planner = users.findByUsername(username).orElse(null);
        String organizerName =
                planner == null || planner.displayName() == null ? personal(from) : planner.displayName();
        String organizerEmail = planner == null || planner.email() == null ? from.getAddress() : planner.email();
        List<Long> made = new java.util.ArrayList<>();
        for (Long contactId : new java.util.LinkedHashSet<>(contactIds)) {
            Contact c = contacts.find(contactId)
                    .orElseThrow(() -> new InvalidInputException("contacts", "A chosen contact no longer exists."));
            boolean invited =
                    jdbc.sql("select count(*) from invitation where exercise_id = ? and lower(email) = lower(?)")
                                    .params(exerciseId, c.email())
                                    .query(Long.class)
                                    .single()
                            > 0;
            if (invited) {
                continue;
            }
            Instant now = clock.instant();
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into invitation (exercise_id, contact_id, name, organisation, email, organizer_name,
                        organizer_email, reply_key, response, sequence_no, sent_title, sent_starts_at, sent_ends_at,
                        sent_location, sent_cancelled, invited_at, invited_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'NOT_ANSWERED', 0, ?, ?, ?, ?, false, ?, ?)""")
                    .params(
                            exerciseId,
                            c.id(),
                            c.name(),
                            c.organisation(),
                            c.email(),
                            organizerName,
                            organizerEmail,
                            ReplyTokens.newKey(),
                            exercise.name(),
                            DatabaseTime.of(exercise.startsAt().toInstant()),
                            DatabaseTime.of(exercise.endsAt().toInstant()),
                            exercise.location(),
                            DatabaseTime.of(now),
                            username)
                    .update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            made.add(id);
            send(sent(id), exercise, false);
        }
        return forExercise(exerciseId).stream()
                .filter(i -> made.contains(i.id()))
                .toList();
    }

    /** Opens a reply link: whether it is genuine, still in time, and to what. Needs no sign-in: the link is the key. */
    public Reply open(String token) {
        Optional<ReplyTokens.Parsed> parsed = ReplyTokens.parse(token);
        if (parsed.isEmpty()) {
            return new Reply(Outcome.INVALID, null, null);
        }
        String key = jdbc.sql("select reply_key from invitation where id = ?")
                .param(parsed.get().invitationId())
                .query(String.class)
                .optional()
                .orElse(null);
        if (key == null || !parsed.get().signedWith(key)) {
            return new Reply(Outcome.INVALID, null, null);
        }
        Invitation invitation = find(parsed.get().invitationId()).orElseThrow();
        ExerciseSummary exercise = exercises.find(invitation.exerciseId()).orElse(null);
        if (!clock.instant().isBefore(parsed.get().expires())) {
            return new Reply(Outcome.EXPIRED, invitation, exercise);
        }
        return new Reply(Outcome.VALID, invitation, exercise);
    }

    /** Records an answer through a genuine link in time; anything else changes nothing and says why. */
    @Transactional
    public Reply answer(String token, boolean accept) {
        Reply reply = open(token);
        if (reply.outcome() != Outcome.VALID) {
            return reply;
        }
        if (reply.invitation().cancelled()) {
            return reply;
        }
        jdbc.sql("update invitation set response = ?, responded_at = ? where id = ?")
                .params(
                        (accept ? Response.ACCEPTED : Response.DECLINED).name(),
                        DatabaseTime.of(clock.instant()),
                        reply.invitation().id())
                .update();
        return new Reply(Outcome.VALID, find(reply.invitation().id()).orElseThrow(), reply.exercise());
    }

    /** Those who accepted an exercise's invitation (and it was not cancelled since). */
    public List<Invitation> accepted(long exerciseId) {
        return forExerciseUnchecked(exerciseId).stream()
                .filter(i -> i.response() == Response.ACCEPTED && !i.cancelled())
                .toList();
    }

    /**
     * After an exercise is saved: each invitee whose meeting no longer matches the exercise gets an update (a
     * request with SEQUENCE + 1) or a cancellation. Runs after the commit, in a transaction of its own.
     */
    @ApplicationModuleListener
    void on(ExerciseEvent event) {
        exerciseChanged(event.exerciseId());
    }

    @Transactional
    public void exerciseChanged(long exerciseId) {
        ExerciseSummary exercise = exercises.find(exerciseId).orElse(null);
        if (exercise == null || exercise.status() == ExerciseStatus.HELD) {
            // A held exercise took place as invited: its invitees get no cancellation, and their answers stand.
            return;
        }
        for (Invitation i : forExerciseUnchecked(exerciseId)) {
            Sent sent = sent(i.id());
            boolean cancel = !live(exercise);
            if (cancel && !sent.cancelled()) {
                if (advance(sent, exercise, true)) {
                    send(sent(i.id()), exercise, true);
                }
            } else if (!cancel && (sent.cancelled() || changed(sent, exercise))) {
                if (advance(sent, exercise, false)) {
                    send(sent(i.id()), exercise, false);
                }
            }
        }
    }

    private static boolean live(ExerciseSummary e) {
        return e.status() == ExerciseStatus.PROPOSED || e.status() == ExerciseStatus.SCHEDULED;
    }

    private static boolean changed(Sent sent, ExerciseSummary e) {
        return !sent.starts().equals(e.startsAt().toInstant())
                || !sent.ends().equals(e.endsAt().toInstant())
                || !Objects.equals(blank(sent.location()), blank(e.location()))
                || !sent.title().equals(e.name());
    }

    /** Moves the invitation to the next sequence; false when another thread already did (it sends the mail). */
    private boolean advance(Sent sent, ExerciseSummary e, boolean cancelled) {
        return jdbc.sql("""
                update invitation set sequence_no = ?, sent_title = ?, sent_starts_at = ?, sent_ends_at = ?,
                    sent_location = ?, sent_cancelled = ? where id = ? and sequence_no = ?""")
                        .params(
                                sent.sequence() + 1,
                                cancelled ? sent.title() : e.name(),
                                DatabaseTime.of(
                                        cancelled ? sent.starts() : e.startsAt().toInstant()),
                                DatabaseTime.of(
                                        cancelled ? sent.ends() : e.endsAt().toInstant()),
                                cancelled ? sent.location() : e.location(),
                                cancelled,
                                sent.id(),
                                sent.sequence())
                        .update()
                == 1;
    }

    private void send(Sent s, ExerciseSummary exercise, boolean cancel) {
        String when = WHEN.format(s.starts().atZone(PlannerZone.zone()));
        String place = blank(s.location()) == null ? "" : ", " + s.location();
        String link = properties.link("invitations/" + ReplyTokens.token(s.replyKey(), s.id(), s.ends()));
        String text;
        String subject;
        if (cancel) {
            subject = "Cancelled: " + s.title() + " (" + when + ")";
            text = "The exercise " + s.title() + " on " + when + place + " (Europe/London) is "
                    + (exercise.status() == ExerciseStatus.POSTPONED
                            ? "postponed; you will be invited again when it " + "has a new date."
                            : "cancelled.")
                    + "\n";
        } else {
            subject = (s.sequence() == 0 ? "Invitation: " : "Updated invitation: ") + s.title() + " (" + when + ")";
            text = (s.sequence() == 0
                            ? "You are invited to the exercise "
                            : "The exercise you were invited to has " + "changed: ")
                    + s.title() + ", " + when + " to "
                    + DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
                            .format(s.ends().atZone(PlannerZone.zone()))
                    + (sameDay(s) ? "" : " on " + WHEN.format(s.ends().atZone(PlannerZone.zone())))
                    + place + " (Europe/London).\n\nPlease say whether you will take part: " + link
                    + "\n(no sign-in is needed; the link works until the exercise ends).\n";
        }
        String body = "Dear " + s.name() + ",\n\n" + text + "\n" + s.organizerName() + "\nHalton Borough Council "
                + "emergency planning, Safer Halton Planner\n";
        var meeting = new InvitationCalendar.Meeting(
                exercise.id(),
                s.sequence(),
                s.title(),
                s.starts(),
                s.ends(),
                s.location(),
                cancel ? text.strip() : "Reply: " + link,
                s.organizerName(),
                s.organizerEmail(),
                s.name(),
                s.email(),
                clock.instant());
        String calendar = cancel ? InvitationCalendar.cancel(meeting) : InvitationCalendar.request(meeting);
        mail.queue(
                "<invitation-" + s.id() + "." + s.sequence() + "@safer-halton-planner>",
                s.email(),
                subject,
                body,
                new MailQueue.CalendarPart(cancel ? "CANCEL" : "REQUEST", calendar));
    }

    private static boolean sameDay(Sent s) {
        return s.starts()
                .atZone(PlannerZone.zone())
                .toLocalDate()
                .equals(s.ends().atZone(PlannerZone.zone()).toLocalDate());
    }

    private Optional<Invitation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from invitation where id = ?")
                .param(id)
                .query(InvitationService::invitation)
                .optional();
    }

    private List<Invitation> forExerciseUnchecked(long exerciseId) {
        return jdbc.sql("select " + COLUMNS + " from invitation where exercise_id = ? order by id")
                .param(exerciseId)
                .query(InvitationService::invitation)
                .list();
    }

    private Sent sent(long id) {
        return jdbc.sql("""
                select id, name, email, organizer_name, organizer_email, reply_key, sequence_no, sent_title,
                       sent_starts_at, sent_ends_at, sent_location, sent_cancelled from invitation where id = ?""")
                .param(id)
                .query((rs, n) -> new Sent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getObject(9, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(10, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(11),
                        rs.getBoolean(12)))
                .single();
    }

    private static Invitation invitation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var responded = rs.getObject(8, java.time.OffsetDateTime.class);
        return new Invitation(
                rs.getLong(1),
                rs.getLong(2),
                (Long) rs.getObject(3, Long.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Response.valueOf(rs.getString(7)),
                responded == null ? null : responded.toInstant(),
                rs.getObject(9, java.time.OffsetDateTime.class).toInstant(),
                rs.getInt(10),
                rs.getBoolean(11));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String personal(InternetAddress address) {
        return address.getPersonal() == null ? address.getAddress() : address.getPersonal();
    }
}
