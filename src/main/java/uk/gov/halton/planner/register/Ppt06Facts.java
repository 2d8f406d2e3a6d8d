package uk.gov.halton.planner.register;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The exercise programme's answer for PPT 06 in one financial year.
 *
 * @param exerciseHeld           a COMAH exercise has been held in the year (up to the date asked about)
 * @param lastHeldOn             the date of the latest one held, when known
 * @param exerciseScheduled      one is scheduled between the date asked about and 31 March
 * @param nextScheduledOn        the date of the next scheduled one, when known
 */
public record Ppt06Facts(boolean exerciseHeld, LocalDate lastHeldOn, boolean exerciseScheduled,
                         LocalDate nextScheduledOn) {

    public static Ppt06Facts held(LocalDate on) {
        return new Ppt06Facts(true, on, false, null);
    }

    public static Ppt06Facts scheduled(LocalDate on) {
        return new Ppt06Facts(false, null, true, on);
    }

    public static Ppt06Facts none() {
        return new Ppt06Facts(false, null, false, null);
    }

    public Optional<LocalDate> lastHeld() {
        return Optional.ofNullable(lastHeldOn);
    }

    public Optional<LocalDate> nextScheduled() {
        return Optional.ofNullable(nextScheduledOn);
    }
}
