package uk.gov.halton.planner.exercises.programme;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the programme planner, {@code planner.programme.*}. The default blackout periods are the seasonal
 * peaks of demand the business plan names: school summer holidays, Halloween and Bonfire night.
 */
@ConfigurationProperties("planner.programme")
public class ProgrammeProperties {

    private int minGapDays = 28;
    private int noticeDays = 14;
    private int leadDays = 42;
    private String templateType = "tabletop";
    private List<Period> blackouts = new ArrayList<>(List.of(
            new Period("School summer holidays", "07-20", "09-01"),
            new Period("Halloween", "10-24", "11-01"),
            new Period("Bonfire night", "11-01", "11-08")));

    /** A named period, from and to as "MM-DD", both inclusive. */
    public static class Period {
        private String name;
        private String from;
        private String to;

        public Period() {
        }

        public Period(String name, String from, String to) {
            this.name = name;
            this.from = from;
            this.to = to;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }

        ProgrammePlanner.Blackout toBlackout() {
            return new ProgrammePlanner.Blackout(name, MonthDay.parse("--" + from), MonthDay.parse("--" + to));
        }
    }

    public ProgrammePlanner.Settings settings() {
        return new ProgrammePlanner.Settings(minGapDays, blackouts.stream().map(Period::toBlackout).toList(),
                noticeDays, leadDays);
    }

    public int getMinGapDays() { return minGapDays; }
    public void setMinGapDays(int minGapDays) { this.minGapDays = minGapDays; }
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    public int getLeadDays() { return leadDays; }
    public void setLeadDays(int leadDays) { this.leadDays = leadDays; }
    public String getTemplateType() { return templateType; }
    public void setTemplateType(String templateType) { this.templateType = templateType; }
    public List<Period> getBlackouts() { return blackouts; }
    public void setBlackouts(List<Period> blackouts) { this.blackouts = blackouts; }
}
