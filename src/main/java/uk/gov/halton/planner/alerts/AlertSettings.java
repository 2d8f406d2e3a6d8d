package uk.gov.halton.planner.alerts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.alerts.domain.AlertSetting;
import uk.gov.halton.planner.alerts.domain.AlertSettingsRepository;
import uk.gov.halton.planner.base.InvalidInputException;

/** Lead times per kind of deadline and the escalation interval; administrators change them. */
@Service
@Transactional(readOnly = true)
public class AlertSettings {

    public static final List<Integer> DEFAULT_LEAD_DAYS = List.of(180, 90, 30, 7, 0);
    public static final int DEFAULT_ESCALATION_DAYS = 7;
    /** Enough for any sensible schedule, and what the setting's column holds (up to 12 values of 4 digits). */
    public static final int MAX_LEAD_TIMES = 12;

    private static final String ESCALATION = "ESCALATION_DAYS";

    private final AlertSettingsRepository settings;

    AlertSettings(AlertSettingsRepository settings) {
        this.settings = settings;
    }

    /** Days before the due date at which this kind alerts, largest first (0 = on the day). */
    public List<Integer> leadDays(DeadlineKind kind) {
        return settings.findById(leadKey(kind)).map(s -> parse(s.getValue())).orElse(DEFAULT_LEAD_DAYS);
    }

    public int escalationDays() {
        return settings.findById(ESCALATION)
                .map(s -> Integer.parseInt(s.getValue()))
                .orElse(DEFAULT_ESCALATION_DAYS);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setLeadDays(DeadlineKind kind, List<Integer> days) {
        if (days == null || days.isEmpty()) {
            throw new InvalidInputException("leadDays", "Give at least one lead time.");
        }
        for (Integer d : days) {
            if (d == null || d < 0 || d > 3650) {
                throw new InvalidInputException("leadDays", "Lead times are whole days from 0 (on the day) to 3650.");
            }
        }
        List<Integer> sorted =
                days.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (sorted.size() > MAX_LEAD_TIMES) {
            throw new InvalidInputException("leadDays", "Give at most " + MAX_LEAD_TIMES + " lead times.");
        }
        String value = String.join(",", sorted.stream().map(String::valueOf).toList());
        save(leadKey(kind), value);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEscalationDays(int days) {
        if (days < 1 || days > 90) {
            throw new InvalidInputException("escalationDays", "Escalate after 1 to 90 days.");
        }
        save(ESCALATION, String.valueOf(days));
    }

    /** Reads "180, 90,30" as days; a mistake says where. */
    public static List<Integer> parseLeadDays(String text) {
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "leadDays", "Write lead times as whole days separated by commas, e.g. 180, 90, 30, 7, 0.");
        }
    }

    private void save(String key, String value) {
        settings.findById(key)
                .ifPresentOrElse(s -> s.setValue(value), () -> settings.save(new AlertSetting(key, value)));
    }

    private static String leadKey(DeadlineKind kind) {
        return "LEAD_" + kind.name();
    }

    private static List<Integer> parse(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
