package uk.gov.halton.planner.register.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.register.RegisterLinks;

/** The register's structure: text, objectives, milestones, indicators and their links. Everyone signed in reads. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RegisterService {

    static final String UNIT_RULE = "A unit is required (at most 30 characters), e.g. count or %.";

    public record SearchHit(String kind, String title, String excerpt, String link) {}

    private final RegisterTexts texts;
    private final Objectives objectives;
    private final Milestones milestones;
    private final Indicators indicators;
    private final ObjectiveIndicators links;

    RegisterService(
            RegisterTexts texts,
            Objectives objectives,
            Milestones milestones,
            Indicators indicators,
            ObjectiveIndicators links) {
        this.texts = texts;
        this.objectives = objectives;
        this.milestones = milestones;
        this.indicators = indicators;
        this.links = links;
    }

    public Optional<RegisterText> priority() {
        return texts.findByTextKey("priority");
    }

    public List<RegisterText> texts(TextKind kind) {
        return texts.findAllByOrderByKindAscSortOrderAsc().stream()
                .filter(t -> t.getKind() == kind)
                .toList();
    }

    public List<Objective> objectives() {
        return objectives.findAllByOrderBySortOrderAsc();
    }

    public Optional<Objective> objective(long id) {
        return objectives.findById(id);
    }

    public Optional<Objective> objectiveByRefSlug(String slug) {
        return objectives().stream()
                .filter(o ->
                        o.getRef() != null && RegisterLinks.slug(o.getRef()).equalsIgnoreCase(slug))
                .findFirst();
    }

    public List<Milestone> milestones(long objectiveId) {
        return milestones.findByObjectiveIdOrderBySortOrderAsc(objectiveId);
    }

    public List<Milestone> allMilestones() {
        List<Milestone> all = new ArrayList<>();
        objectives().forEach(o -> all.addAll(milestones(o.getId())));
        return all;
    }

    public List<Indicator> indicators() {
        return indicators.findAllByOrderBySortOrderAsc();
    }

    public Optional<Indicator> indicatorByRef(String ref) {
        return indicators.findByRef(ref);
    }

    /** Accepts "CE-LI-12" (the link form) or "CE LI 12". */
    public Optional<Indicator> indicatorBySlug(String slug) {
        String wanted = RegisterLinks.slug(slug == null ? "" : slug.replace('-', ' '));
        return indicators().stream()
                .filter(i -> RegisterLinks.slug(i.getRef()).equalsIgnoreCase(wanted))
                .findFirst();
    }

    public List<Indicator> linkedIndicators(long objectiveId) {
        Set<Long> ids = new HashSet<>();
        links.findByObjectiveId(objectiveId).forEach(l -> ids.add(l.getIndicatorId()));
        return indicators().stream().filter(i -> ids.contains(i.getId())).toList();
    }

    public List<Objective> linkedObjectives(long indicatorId) {
        Set<Long> ids = new HashSet<>();
        links.findByIndicatorId(indicatorId).forEach(l -> ids.add(l.getObjectiveId()));
        return objectives().stream().filter(o -> ids.contains(o.getId())).toList();
    }

    /** Case-insensitive search over every text of the register; each hit has a deep link. */
    public List<SearchHit> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Objective o : objectives()) {
            String link = RegisterLinks.objective(o.getId());
            if (matches(q, o.getRef(), o.getTitle(), o.getResponsibleOfficer())) {
                hits.add(new SearchHit(
                        "Objective",
                        o.getDisplayRef(),
                        Optional.ofNullable(o.getTitle()).orElse(""),
                        link));
            }
            for (Milestone m : milestones(o.getId())) {
                if (matches(q, m.getWording())) {
                    hits.add(new SearchHit("Milestone", o.getDisplayRef(), m.getWording(), link));
                }
            }
        }
        for (Indicator i : indicators()) {
            if (matches(q, i.getRef(), i.getDescription())) {
                hits.add(new SearchHit(
                        "Indicator", i.getRef(), i.getDescription(), RegisterLinks.indicator(i.getRef())));
            }
        }
        for (RegisterText t : texts.findAllByOrderByKindAscSortOrderAsc()) {
            Stream<String> all =
                    Stream.concat(Stream.of(t.getHeading(), t.getIntro(), t.getGroupTitle()), t.getItems().stream());
            all.filter(s -> matches(q, s))
                    .findFirst()
                    .ifPresent(s -> hits.add(new SearchHit(
                            switch (t.getKind()) {
                                case PRIORITY -> "Priority";
                                case KEY_DEVELOPMENT -> "Key development";
                                case EMERGING_ISSUE -> "Emerging issue";
                            },
                            Optional.ofNullable(t.getHeading()).orElse(t.getGroupTitle()),
                            s,
                            "register?section="
                                    + t.getKind()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-'))));
        }
        return hits;
    }

    private static boolean matches(String q, String... values) {
        for (String v : values) {
            if (v != null && v.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** Replaces an objective's linked indicators. Administrators only: this is the register's structure. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setLinkedIndicators(long objectiveId, Collection<Long> indicatorIds) {
        objectives
                .findById(objectiveId)
                .orElseThrow(
                        () -> new InvalidInputException("objective", "There is no objective " + objectiveId + "."));
        Set<Long> wanted = new HashSet<>(indicatorIds);
        for (Long id : wanted) {
            indicators
                    .findById(id)
                    .orElseThrow(() -> new InvalidInputException("indicators", "There is no indicator " + id + "."));
        }
        for (ObjectiveIndicator link : links.findByObjectiveId(objectiveId)) {
            if (!wanted.remove(link.getIndicatorId())) {
                links.delete(link);
            }
        }
        wanted.forEach(id -> links.save(new ObjectiveIndicator(objectiveId, id)));
    }

    /** Unit, polarity and quarterly mode: administrators set and confirm them (the seed gives none). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Indicator updateIndicatorSettings(
            long indicatorId,
            @NotBlank(message = UNIT_RULE) @Size(max = 30, message = UNIT_RULE) @PlainText("The unit") String unit,
            Polarity polarity,
            QuarterlyMode mode,
            boolean confirmed) {
        Indicator indicator = indicators
                .findById(indicatorId)
                .orElseThrow(
                        () -> new InvalidInputException("indicator", "There is no indicator " + indicatorId + "."));
        String u = unit.strip();
        if (polarity == null) {
            throw new InvalidInputException("polarity", "Choose a polarity.");
        }
        if (mode == null) {
            throw new InvalidInputException("quarterlyMode", "Choose what a quarterly figure means.");
        }
        indicator.updateMetadata(u, polarity, mode, confirmed);
        return indicator;
    }
}
