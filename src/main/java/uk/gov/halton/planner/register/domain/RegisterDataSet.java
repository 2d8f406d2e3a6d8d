package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.register.RegisterLinks;

/**
 * Loads register/*.yaml: the priority, key developments, emerging issues, objectives, milestones and indicators.
 * Upserts by stable keys (text id, objective ref, milestone place, indicator ref) and writes only the file's own
 * fields, so officers' figures and progress and administrators' links and indicator settings are kept.
 */
@Component
class RegisterDataSet implements ReferenceDataSet {

    /** The partnership report that a "Report quarterly to the Safer Halton Partnership – …" milestone opens. */
    private static final Map<String, String> REPORT_MARKERS = Map.of(
            "asb", "anti-social-behaviour",
            "alcohol licensing", "alcohol-licensing",
            "cctv", "cctv",
            "domestic abuse", "domestic-abuse",
            "hate crime", "hate-crime");

    /** The business plan's register as YAML (the shipped file is about 23 KB). */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final RegisterTexts texts;
    private final Objectives objectives;
    private final Milestones milestones;
    private final Indicators indicators;

    RegisterDataSet(RegisterTexts texts, Objectives objectives, Milestones milestones, Indicators indicators) {
        this.texts = texts;
        this.objectives = objectives;
        this.milestones = milestones;
        this.indicators = indicators;
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public String folder() {
        return "register";
    }

    @Override
    public String pattern() {
        return "*.yaml";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void apply(ReferenceFile file) {
        RegisterFile data = RegisterFile.parse(file.location(), file.text(MAX_FILE_BYTES, "the register's file"));
        // What is stored, read once (the file's keys are unique, RegisterFile checks): a query per record would also
        // flush every record saved so far before it.
        Stored stored = new Stored(
                texts.findAll().stream().collect(Collectors.toMap(RegisterText::getTextKey, t -> t)),
                objectives.findAll().stream().collect(Collectors.toMap(Objective::getObjectiveKey, o -> o)),
                milestones.findAll().stream().collect(Collectors.groupingBy(Milestone::getObjectiveId)),
                indicators.findAll().stream().collect(Collectors.toMap(Indicator::getRef, i -> i)));
        checkMilestonesKeepTheirPlaces(file, data, stored);

        text(
                stored,
                "priority",
                TextKind.PRIORITY,
                0,
                data.priority().name(),
                null,
                data.priority().statement(),
                List.of(),
                null);
        for (int i = 0; i < data.keyDevelopments().size(); i++) {
            RegisterFile.Text t = data.keyDevelopments().get(i);
            text(
                    stored,
                    "kd:" + t.id(),
                    TextKind.KEY_DEVELOPMENT,
                    i,
                    t.group(),
                    t.heading(),
                    t.intro(),
                    t.items(),
                    t.footnote());
        }
        for (int i = 0; i < data.emergingIssues().size(); i++) {
            RegisterFile.Text t = data.emergingIssues().get(i);
            text(
                    stored,
                    "ei:" + t.id(),
                    TextKind.EMERGING_ISSUE,
                    i,
                    t.group(),
                    t.heading(),
                    t.intro(),
                    t.items(),
                    null);
        }
        int unreferenced = 0;
        for (int i = 0; i < data.objectives().size(); i++) {
            RegisterFile.ObjectiveData o = data.objectives().get(i);
            String key = o.ref() != null ? o.ref() : "unreferenced-" + (++unreferenced);
            Objective objective = stored.objectives().get(key);
            if (objective == null) {
                objective = new Objective(key);
            }
            objective.update(
                    o.ref(),
                    o.title(),
                    o.milestoneYear(),
                    o.responsibleOfficer(),
                    o.linkedIndicators(),
                    o.footnote(),
                    o.sharedWithHealthPriority(),
                    i);
            objective = objectives.save(objective);
            milestonesOf(objective, o, stored.milestones().getOrDefault(objective.getId(), List.of()));
        }
        for (int i = 0; i < data.indicators().size(); i++) {
            RegisterFile.IndicatorData d = data.indicators().get(i);
            Indicator indicator = stored.indicators().get(d.ref());
            if (indicator == null) {
                indicator = new Indicator(d.ref(), IndicatorDefaults.polarityFor(d.ref()));
            }
            indicator.updateFromFile(d.description(), d.theme(), i);
            indicators.save(indicator);
        }
    }

    /** A file that drops milestones would orphan officers' progress: refuse it rather than delete their work. */
    private static void checkMilestonesKeepTheirPlaces(ReferenceFile file, RegisterFile data, Stored stored) {
        int unreferenced = 0;
        for (RegisterFile.ObjectiveData o : data.objectives()) {
            String key = o.ref() != null ? o.ref() : "unreferenced-" + (++unreferenced);
            Objective existing = stored.objectives().get(key);
            if (existing != null) {
                int kept = stored.milestones()
                        .getOrDefault(existing.getId(), List.of())
                        .size();
                if (kept > o.milestones().size()) {
                    throw new ReferenceDataException(
                            file.location(),
                            "objectives (" + key + ")",
                            "field 'milestones': the register holds " + kept + " milestones but the file has "
                                    + o.milestones().size() + "; milestones cannot be removed by a file");
                }
            }
        }
    }

    private void milestonesOf(Objective objective, RegisterFile.ObjectiveData data, List<Milestone> stored) {
        boolean comah = RegisterLinks.PPT06_REF.equals(data.ref());
        String theme = comah ? ReportTheme.COMAH_EMERGENCY_PLANNING.slug() : null;
        for (int i = 0; i < data.milestones().size(); i++) {
            String wording = data.milestones().get(i);
            theme = markerTheme(wording).orElse(theme);
            int place = i;
            Milestone milestone = stored.stream()
                    .filter(m -> m.getSortOrder() == place)
                    .findFirst()
                    .orElseGet(() -> new Milestone(objective.getId(), place));
            milestone.update(wording, theme, comah && wording.contains("COMAH"));
            milestones.save(milestone);
        }
    }

    /** The register as stored before the file is applied, by the keys the file uses. */
    private record Stored(
            Map<String, RegisterText> texts,
            Map<String, Objective> objectives,
            Map<Long, List<Milestone>> milestones,
            Map<String, Indicator> indicators) {}

    static Optional<String> markerTheme(String wording) {
        String lower = wording.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("report quarterly to the safer halton partnership")) {
            return Optional.empty();
        }
        String rest = lower.substring("report quarterly to the safer halton partnership".length());
        return REPORT_MARKERS.entrySet().stream()
                .filter(e -> rest.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private void text(
            Stored stored,
            String key,
            TextKind kind,
            int order,
            String group,
            String heading,
            String intro,
            List<String> items,
            String footnote) {
        RegisterText text = stored.texts().get(key);
        if (text == null) {
            text = new RegisterText(key, kind);
        }
        text.update(order, group, heading, intro, items, footnote);
        texts.save(text);
    }
}
