package uk.gov.halton.planner.alerts;

import java.util.List;

/**
 * People without an account who are told of a reminder by email (the partners who accepted an exercise's
 * invitation, for one). A module that knows such people implements this; alerts mails them once, with the reminder.
 */
public interface ReminderGuests {

    /** Someone outside the application, told by email only. */
    record Guest(String name, String email) {}

    List<Guest> guests(Reminder reminder);
}
