package uk.gov.halton.planner.alerts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.alerts.domain.ReminderWriter;

/**
 * Where the scheduled jobs of other modules hand their reminders to people: an alert in the notification centre and,
 * by each person's choice, an email through the outbox, exactly once per deadline (a second fire, another node or a
 * catch-up after downtime makes nothing more).
 */
@Service
public class Reminders {

    /** What one reminder delivered; {@code made} is false when it had been delivered before. */
    public record Delivery(boolean made, int recipients) {

        @Override
        public String toString() {
            return made
                    ? "reminder to " + recipients + (recipients == 1 ? " recipient" : " recipients")
                    : "nothing: reminded before";
        }
    }

    private final ReminderWriter writer;
    private final List<ReminderGuests> guests;
    private final MailQueue mail;
    private final TransactionTemplate transaction;

    Reminders(
            ReminderWriter writer,
            List<ReminderGuests> guests,
            MailQueue mail,
            PlatformTransactionManager transactions) {
        this.writer = writer;
        this.guests = guests;
        this.mail = mail;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Scheduled jobs run with nobody signed in; a signed-in caller must be an administrator (reminders are not for
     * users to send).
     */
    public Delivery remind(Reminder reminder) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn =
                caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        if (signedIn && caller.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only scheduled jobs and administrators send reminders.");
        }
        ReminderWriter.Written written = writer.write(reminder.deadline(), reminder.note(), reminder.people());
        int told = written.made() ? mailGuests(reminder) : 0;
        return new Delivery(written.made(), written.recipients() + told);
    }

    /**
     * Guests are told by email only, once: the Message-ID names the deadline, its date and the address, so a reminder
     * revived after a move and back is not sent twice, and one for a new date is.
     */
    private int mailGuests(Reminder reminder) {
        Integer told = transaction.execute(status -> {
            int n = 0;
            for (ReminderGuests source : guests) {
                for (ReminderGuests.Guest guest : source.guests(reminder)) {
                    String id = "<reminder."
                            + UUID.nameUUIDFromBytes((reminder.deadline().key() + "|"
                                            + reminder.deadline().dueDate() + "|"
                                            + guest.email().toLowerCase(Locale.ROOT))
                                    .getBytes(StandardCharsets.UTF_8))
                            + "@safer-halton-planner>";
                    if (mail.queue(
                            id,
                            guest.email(),
                            "[Safer Halton] Reminder: " + reminder.deadline().title(),
                            "Dear " + guest.name() + ",\n\n" + reminder.note() + "\n\nThank you for taking part.\n\n"
                                    + "Safer Halton Planner, Halton Borough Council emergency planning\n",
                            null)) {
                        n++;
                    }
                }
            }
            return n;
        });
        return told == null ? 0 : told;
    }
}
