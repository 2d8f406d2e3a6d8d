package uk.gov.halton.planner.contacts.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iTIP (RFC 5546) message of an invitation: METHOD:REQUEST for the invitation and each update, METHOD:CANCEL
 * with STATUS:CANCELLED when the exercise is called off. One UID per exercise's invitations, and a SEQUENCE that
 * rises with every change, which is how calendar clients know to move or remove the meeting they hold.
 */
public final class InvitationCalendar {

    /** What the message says: the meeting as last sent, and to whom. */
    public record Meeting(
            long exerciseId,
            int sequence,
            String title,
            Instant starts,
            Instant ends,
            String location,
            String description,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail,
            Instant stamp) {}

    private InvitationCalendar() {}

    public static String uid(long exerciseId) {
        return "exercise-" + exerciseId + "-invitation@safer-halton-planner";
    }

    public static String request(Meeting m) {
        return write(m, false);
    }

    public static String cancel(Meeting m) {
        return write(m, true);
    }

    private static String write(Meeting m, boolean cancel) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Halton Borough Council//Safer Halton Planner//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = new VEvent(m.starts(), m.ends(), m.title());
        event.add(new Uid(uid(m.exerciseId())));
        event.add(new Sequence(m.sequence()));
        event.replace(new DtStamp(m.stamp())); // the constructor stamps it with the system clock
        if (m.location() != null && !m.location().isBlank()) {
            event.add(new Location(m.location()));
        }
        event.add(new Description(m.description()));
        Organizer organizer = new Organizer(mailto(m.organizerEmail()));
        organizer.add(new Cn(m.organizerName()));
        event.add(organizer);
        Attendee attendee = new Attendee(mailto(m.attendeeEmail()));
        attendee.add(new Cn(m.attendeeName()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        // Answers come through the reply link, which the exercise page reads; a calendar's own reply would go to the
        // organiser's mailbox only, so it is not asked for.
        attendee.add(Rsvp.FALSE);
        event.add(attendee);
        event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not an email address: " + email, e);
        }
    }
}
