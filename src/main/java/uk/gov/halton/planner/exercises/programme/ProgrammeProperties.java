package uk.gov.halton.planner.exercises.programme;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The exercises module's settings, those of the programme planner, {@code planner.programme.*}: the least gap
 * between two exercises, the notice and lead days, the template of the exercises it proposes, and the blackout periods. The default blackouts are the seasonal
 * peaks of demand the business plan names: school summer holidays, Halloween and Bonfire night.
 */
@ConfigurationProperties("planner.programme")
public record ProgrammeProperties(
        Integer minGapDays, Integer noticeDays, Integer leadDays, String templateType, List<Period> blackouts) {

    public ProgrammeProperties {
        minGapDays = minGapDays == null ? 28 : minGapDays;
        noticeDays = noticeDays == null ? 14 : noticeDays;
        leadDays = leadDays == null ? 42 : leadDays;
        templateType = templateType == null || templateType.isBlank() ? "tabletop" : templateType.strip();
        blackouts = blackouts == null
                ? List.of(
                        new Period("School summer holidays", "07-20", "09-01"),
                        new Period("Halloween", "10-24", "11-01"),
                        new Period("Bonfire night", "11-01", "11-08"))
                : List.copyOf(blackouts);
    }

    /** The settings when nothing is configured. */
    public static ProgrammeProperties defaults() {
        return new ProgrammeProperties(null, null, null, null, null);
    }

    /** A named period, from and to as "MM-DD", both inclusive. */
    public record Period(String name, String from, String to) {

        ProgrammePlanner.Blackout toBlackout() {
            return new ProgrammePlanner.Blackout(name, MonthDay.parse("--" + from), MonthDay.parse("--" + to));
        }
    }

    public ProgrammePlanner.Settings settings() {
        return new ProgrammePlanner.Settings(
                minGapDays, blackouts.stream().map(Period::toBlackout).toList(), noticeDays, leadDays);
    }
}
