package uk.gov.halton.planner.alerts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
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
            return made ? "reminder to " + recipients + (recipients == 1 ? " recipient" : " recipients")
                    : "nothing: reminded before";
        }
    }

    private final ReminderWriter writer;

    Reminders(ReminderWriter writer) {
        this.writer = writer;
    }

    /**
     * Scheduled jobs run with nobody signed in; a signed-in caller must be an administrator (reminders are not for
     * users to send).
     */
    public Delivery remind(Reminder reminder) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
        if (signedIn && caller.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only scheduled jobs and administrators send reminders.");
        }
        ReminderWriter.Written written = writer.write(reminder.deadline(), reminder.note(), reminder.people());
        return new Delivery(written.made(), written.recipients());
    }
}
