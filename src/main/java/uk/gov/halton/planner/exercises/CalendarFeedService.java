package uk.gov.halton.planner.exercises;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.base.Sha256;
import uk.gov.halton.planner.exercises.domain.FeedToken;
import uk.gov.halton.planner.exercises.domain.FeedTokenRepository;
import uk.gov.halton.planner.plans.PlanService;

/**
 * The iCalendar feed (RFC 5545): a VEVENT per exercise and all-day VEVENTs for each plan's due dates, each cold
 * debrief and each action, served at a secret URL per user. Every item keeps one UID for its whole life (never one
 * that holds a date), so that when a date moves, calendar clients move the event instead of showing the old and
 * the new side by side. A postponed exercise is TENTATIVE (it is not called off; the reason is in the description),
 * only a cancelled one is CANCELLED. The token is 32 random bytes; only its SHA-256 is stored, so it is shown once
 * and can be revoked.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    /** Calendar clients refresh subscribed feeds every few hours at best; alerts must not rely on them. */
    public static final Duration REFRESH = Duration.ofHours(4);
    /**
     * The feed is the same for every user, and clients poll it; one rendering serves every request for this long.
     * A change shows in the feed at most this late, which is nothing beside the clients' own refresh.
     */
    static final Duration REUSE = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Rendered(String body, Instant at) {}

    private volatile Rendered lastRendered;

    private final FeedTokenRepository tokens;
    private final ExerciseService exercises;
    private final PlanService plans;
    private final Clock clock;
    private final uk.gov.halton.planner.base.UserService users;
    private final ElementMarkService marks;

    CalendarFeedService(
            FeedTokenRepository tokens,
            ExerciseService exercises,
            PlanService plans,
            Clock clock,
            uk.gov.halton.planner.base.UserService users,
            ElementMarkService marks) {
        this.marks = marks;
        this.users = users;
        this.tokens = tokens;
        this.exercises = exercises;
        this.plans = plans;
        this.clock = clock;
    }

    /** Makes a new secret token for the signed-in user (the old one stops working) and returns it, once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String regenerate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String user = currentUser();
        FeedToken feedToken = tokens.findById(user).orElseGet(() -> new FeedToken(user, null, null));
        feedToken.setTokenHash(hash(token));
        feedToken.setCreatedAt(clock.instant());
        tokens.save(feedToken);
        return token;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke() {
        tokens.deleteById(currentUser());
    }

    /** When the signed-in user's current token was made, if there is one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Instant> tokenCreatedAt() {
        return tokens.findById(currentUser()).map(FeedToken::getCreatedAt);
    }

    /** The feed for a token, or empty when the token is unknown or revoked, or its owner is gone or disabled. */
    public Optional<String> feed(String token) {
        if (token == null || token.length() < 40 || token.length() > 60) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> users.findByUsername(t.getUsername())
                        .map(u -> u.enabled())
                        .orElse(false))
                .map(t -> rendered());
    }

    /** A change to an exercise or a plan's dates (any module's deadlines event) shows in the next request, not up to {@link #REUSE} later. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void deadlinesChanged(uk.gov.halton.planner.alerts.DeadlinesChanged event) {
        lastRendered = null;
    }

    private String rendered() {
        Rendered last = lastRendered;
        Instant now = clock.instant();
        if (last == null || last.at().isAfter(now) || !now.isBefore(last.at().plus(REUSE))) {
            last = new Rendered(render(), now);
            lastRendered = last;
        }
        return last.body();
    }

    String render() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Halton Borough Council//Safer Halton Planner//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Safer Halton Planner: exercises and deadlines"));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        DtStamp stamp = new DtStamp(clock.instant());
        for (ExerciseSummary e : exercises.findAll()) {
            VEvent event = new VEvent(e.startsAt().toInstant(), e.endsAt().toInstant(), e.name());
            event.replace(stamp);
            event.add(new Uid("exercise-" + e.id() + "@safer-halton-planner"));
            event.add(new Categories("Exercise"));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            String status = e.status().label() + (e.postponeReason() == null ? "" : ": " + e.postponeReason());
            String tested = marks.testedText(e.id());
            event.add(new Description("Status: " + status + ". Plans: " + String.join(", ", e.planIds())
                    + (tested.isEmpty() ? "" : ". Plan elements tested: " + tested)));
            event.add(
                    switch (e.status()) {
                        case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                        case PROPOSED, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
                        default -> ImmutableStatus.VEVENT_CONFIRMED;
                    });
            calendar.add(event);
            coldDebrief(e).ifPresent(calendar::add);
            for (ExerciseActionItem action : exercises.actions(e.id())) {
                calendar.add(action(e, action));
            }
        }
        for (Deadline d : plans.deadlines()) {
            VEvent event = allDay(
                    d.dueDate(),
                    d.kind().title() + ": " + d.title(),
                    "deadline-" + d.kind().name().toLowerCase() + "-" + d.itemId(),
                    "Deadline");
            event.add(new Description(d.kind().title() + " (" + d.title() + "). Alerts come from the planner, "
                    + "not from this calendar."));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** When the cold debrief was held, or until it is, the day it falls due (six weeks after the exercise). */
    private Optional<VEvent> coldDebrief(ExerciseSummary e) {
        if (e.status() != ExerciseStatus.HELD || e.heldOn() == null) {
            return Optional.empty();
        }
        boolean held = e.coldDebriefOn() != null;
        var day = held ? e.coldDebriefOn() : e.heldOn().plusDays(ExerciseService.COLD_DEBRIEF_MAX_DAYS);
        VEvent event = allDay(
                day, (held ? "Cold debrief: " : "Cold debrief due: ") + e.name(), "cold-debrief-" + e.id(), "Deadline");
        event.add(new Description(
                held
                        ? "Held on " + day + "."
                        : "Two to six weeks after the exercise, held on " + e.heldOn() + "; not yet recorded."));
        return Optional.of(event);
    }

    private VEvent action(ExerciseSummary e, ExerciseActionItem action) {
        VEvent event = allDay(
                action.dueOn(),
                (action.done() ? "Action (done): " : "Action due: ") + action.description(),
                "action-" + action.id(),
                "Action");
        event.add(new Description("From the exercise " + e.name() + ". Owner: "
                + (action.owner() == null ? "none" : action.owner()) + ". " + (action.done() ? "Done." : "Open.")));
        return event;
    }

    private VEvent allDay(java.time.LocalDate day, String summary, String uid, String category) {
        VEvent event = new VEvent(day, day.plusDays(1), summary);
        event.replace(new DtStamp(clock.instant()));
        event.add(new Uid(uid + "@safer-halton-planner"));
        event.add(new Categories(category));
        return event;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
