package uk.gov.halton.planner.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.alerts.Deadline;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.plans.domain.PizMailing;
import uk.gov.halton.planner.plans.domain.PizMailingRepository;
import uk.gov.halton.planner.plans.domain.PizMailingSent;
import uk.gov.halton.planner.plans.domain.PizMailingSentRepository;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;
import uk.gov.halton.planner.plans.domain.PlanRevision;
import uk.gov.halton.planner.plans.domain.PlanRevisionRepository;
import uk.gov.halton.planner.plans.domain.PlanTest;
import uk.gov.halton.planner.plans.domain.PlanTestRepository;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

/**
 * The public API of off-site plans. Reads are open to every signed-in role (and to scheduled jobs); writes need a
 * planner or an administrator. Input is checked by its constraints ({@code @Validated}) before a method runs.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlanService {

    private static final String WRITERS = "hasAnyRole('PLANNER','ADMIN')";

    private final PlanRepository plans;
    private final PlanRevisionRepository revisions;
    private final PlanTestRepository tests;
    private final PizMailingRepository mailings;
    private final PizMailingSentRepository mailingHistory;
    private final SiteService sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EditConflicts conflicts;

    PlanService(
            PlanRepository plans,
            PlanRevisionRepository revisions,
            PlanTestRepository tests,
            PizMailingRepository mailings,
            PizMailingSentRepository mailingHistory,
            SiteService sites,
            ApplicationEventPublisher events,
            Clock clock,
            EditConflicts conflicts) {
        this.plans = plans;
        this.revisions = revisions;
        this.tests = tests;
        this.mailings = mailings;
        this.mailingHistory = mailingHistory;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<PlanSummary> findAll() {
        Map<String, List<PizMailing>> byPlan =
                mailings.findAll().stream().collect(Collectors.groupingBy(PizMailing::getPlanId));
        // Every plan's sites in one query, not one per plan.
        Map<String, List<SiteSummary>> sitesByPlan =
                sites.findAll().stream().collect(Collectors.groupingBy(SiteSummary::planId));
        LocalDate today = today();
        return plans.findAll().stream()
                .map(p -> summary(
                        p,
                        byPlan.getOrDefault(p.getId(), List.of()),
                        sitesByPlan.getOrDefault(p.getId(), List.of()),
                        today))
                .sorted(Comparator.comparing(PlanSummary::title))
                .toList();
    }

    public Optional<PlanSummary> find(String id) {
        return plans.findById(id == null ? "" : id)
                .map(p -> summary(
                        p, mailings.findByPlanIdOrderBySiteName(p.getId()), sites.findByPlan(p.getId()), today()));
    }

    /** Every deadline of every plan, earliest first: for alerts, the programme and the calendar. */
    public List<Deadline> deadlines() {
        return findAll().stream()
                .flatMap(p -> p.deadlines().stream())
                .sorted(Comparator.comparing(Deadline::dueDate))
                .toList();
    }

    public List<PlanTestRecord> tests(String planId) {
        return tests.findByPlanIdOrderByTestedOnDescIdDesc(planId).stream()
                .map(t -> new PlanTestRecord(
                        t.getId(),
                        t.getPlanId(),
                        t.getTestedOn(),
                        t.getExerciseId(),
                        t.getNote(),
                        t.getRecordedBy(),
                        t.getReportLink()))
                .toList();
    }

    public List<PlanRevisionRecord> revisions(String planId) {
        return revisions.findByPlanIdOrderByRevisedOnDescIdDesc(planId).stream()
                .map(r -> new PlanRevisionRecord(
                        r.getId(),
                        r.getPlanId(),
                        r.getPlanVersion(),
                        r.getRevisedOn(),
                        r.getSummary(),
                        r.getRevisedBy()))
                .toList();
    }

    public List<SiteMailing> mailings(String planId) {
        return mailings.findByPlanIdOrderBySiteName(planId).stream()
                .map(PlanService::mailing)
                .toList();
    }

    /** How many plans had a recorded test in the three years up to and including {@code at}. */
    public TestCoverage coverageAt(LocalDate at) {
        // Two queries, however many plans there are (the second reads one id per tested plan).
        LocalDate from = at.minusYears(StatusRules.TEST_INTERVAL_YEARS);
        return new TestCoverage(
                at,
                (int) plans.count(),
                tests.findDistinctByTestedOnBetween(from, at).size());
    }

    /**
     * Records a test of the plan (by an exercise when {@code exerciseId} is given). A test later than the last one
     * moves the last-tested date and sets the next test due three years on; recording the same exercise twice
     * changes nothing.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public PlanSummary recordTest(String planId, LocalDate testedOn, Long exerciseId) {
        return recordTest(planId, testedOn, exerciseId, null);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public PlanSummary recordTest(
            String planId, LocalDate testedOn, Long exerciseId, @Size(max = 500) @PlainText("The note") String note) {
        record(planId, testedOn, exerciseId, note);
        return find(planId).orElseThrow();
    }

    /**
     * Another module's event saying plans were tested (an exercise held as a test): recorded at once, in the
     * transaction that published it, so that the plans move with the exercise or not at all and the planner who
     * marked it held sees the new dates on the next page.
     */
    @EventListener
    @Transactional
    void plansTested(PlansTested event) {
        for (String planId : event.testedPlanIds()) {
            record(planId, event.testedOn(), event.exerciseId(), event.testNote());
        }
    }

    private void record(String planId, LocalDate testedOn, Long exerciseId, String note) {
        Plan plan = get(planId);
        if (testedOn == null) {
            throw new InvalidInputException("testedOn", "Enter the date of the test.");
        }
        DateRules.check("testedOn", "The date of the test", testedOn);
        DateRules.notFuture("testedOn", "A test", testedOn, today());
        if (exerciseId != null && tests.existsByPlanIdAndExerciseId(planId, exerciseId)) {
            return;
        }
        tests.save(new PlanTest(planId, testedOn, exerciseId, TextRules.strip(note), currentUser()));
        plan.recordTest(testedOn, exerciseId);
        events.publishEvent(new PlanDatesChanged(planId));
    }

    /**
     * Lists a test report with the plan's test record of that exercise ({@code link} is the in-app address). Nothing
     * changes when the exercise is not recorded as a test of the plan.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public boolean attachReport(String planId, long exerciseId, String link) {
        List<PlanTest> records = tests.findByPlanIdAndExerciseId(planId, exerciseId);
        records.forEach(t -> t.setReportLink(link));
        return !records.isEmpty();
    }

    /** Records a review: the review date, the version it produced and what changed (the revision history). */
    @Transactional
    @PreAuthorize(WRITERS)
    public PlanSummary recordReview(
            String planId,
            LocalDate reviewedOn,
            @Size(max = 40) @SingleLine("The version") String version,
            @Size(max = 1000) @PlainText("The summary") String summary) {
        Plan plan = get(planId);
        if (reviewedOn == null) {
            throw new InvalidInputException("reviewedOn", "Enter the review date (today or earlier).");
        }
        DateRules.check("reviewedOn", "The review date", reviewedOn);
        DateRules.notFuture("reviewedOn", "A review", reviewedOn, today());
        String what = TextRules.strip(summary);
        if (what == null) {
            throw new InvalidInputException("summary", "Say what the review changed (or that nothing changed).");
        }
        String newVersion = TextRules.strip(version);
        revisions.save(new PlanRevision(
                planId, newVersion == null ? plan.getPlanVersion() : newVersion, reviewedOn, what, currentUser()));
        if (newVersion != null) {
            plan.setPlanVersion(newVersion);
        }
        plan.recordReview(reviewedOn);
        events.publishEvent(new PlanDatesChanged(planId));
        return find(planId).orElseThrow();
    }

    /** Changes a plan's record. Due dates may be earlier than the rules give, never later. */
    @Transactional
    @PreAuthorize(WRITERS)
    public PlanSummary update(String planId, @Valid PlanEdit edit) {
        Plan plan = get(planId);
        conflicts.check(Plan.class, planId, edit.rowVersion(), plan.getRowVersion());
        if (edit.lifecycle() == null || !Plan.Lifecycle.ALL.contains(edit.lifecycle())) {
            throw new InvalidInputException("lifecycle", "Choose one of " + Plan.Lifecycle.ALL + ".");
        }
        LocalDate today = today();
        DateRules.check("preparedOn", "The preparation date", edit.preparedOn());
        DateRules.check("nextReviewDue", "The next review date", edit.nextReviewDue());
        DateRules.check("nextTestDue", "The next test date", edit.nextTestDue());
        DateRules.check("operatorInfoReceived", "The date of the operator's information", edit.operatorInfoReceived());
        DateRules.notFuture("preparedOn", "The preparation (adoption) of the plan", edit.preparedOn(), today);
        DateRules.notFuture("operatorInfoReceived", "The operator's information", edit.operatorInfoReceived(), today);
        plan.setTitle(edit.title());
        plan.setPlanVersion(edit.version());
        plan.setOwnerName(edit.owner());
        plan.setLifecycle(edit.lifecycle());
        plan.reviseDates(edit.preparedOn(), edit.nextTestDue(), edit.nextReviewDue());
        plan.setOperatorInfoReceived(edit.operatorInfoReceived());
        plan.setExtensionAgreed(edit.extensionAgreed());
        String reference = edit.extensionReference();
        if (edit.extensionAgreed() && reference == null) {
            throw new InvalidInputException(
                    "extensionReference",
                    "Nine months needs the competent authority's " + "written agreement: give its reference.");
        }
        plan.setExtensionReference(reference);
        plan.setNotes(edit.notes());
        events.publishEvent(new PlanDatesChanged(planId));
        return find(planId).orElseThrow();
    }

    /** Records that a site's public information mailing was sent; the next is due five years on. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteMailing recordMailing(String siteId, LocalDate sentOn) {
        PizMailing mailing = mailings.findById(siteId == null ? "" : siteId)
                .orElseThrow(() -> new InvalidInputException("siteId", "There is no site " + siteId + "."));
        if (sentOn == null) {
            throw new InvalidInputException("sentOn", "Enter the date the mailing was sent (today or earlier).");
        }
        DateRules.check("sentOn", "The date the mailing was sent", sentOn);
        DateRules.notFuture("sentOn", "A mailing", sentOn, today());
        mailingHistory.save(new PizMailingSent(mailing.getSiteId(), sentOn, currentUser()));
        mailing.recordSent(sentOn);
        events.publishEvent(new PlanDatesChanged(mailing.getPlanId()));
        return mailing(mailing);
    }

    private PlanSummary summary(Plan p, List<PizMailing> planMailings, List<SiteSummary> planSites, LocalDate today) {
        // Subscribers follow a plan or a site: a plan's deadlines concern all its sites, a mailing only its own.
        Set<String> planSubjects = new LinkedHashSet<>();
        planSubjects.add("plan:" + p.getId());
        planSites.forEach(site -> planSubjects.add("site:" + site.id()));
        String link = "plans/" + p.getId();
        List<Deadline> deadlines = new ArrayList<>();
        if (p.nextTestDue() != null) {
            deadlines.add(new Deadline(
                    DeadlineKind.PLAN_TEST,
                    p.getId(),
                    "Test of " + p.getTitle(),
                    p.nextTestDue(),
                    p.getOwnerName(),
                    planSubjects,
                    link));
        }
        if (p.nextReviewDue() != null) {
            deadlines.add(new Deadline(
                    DeadlineKind.PLAN_REVIEW,
                    p.getId(),
                    "Review of " + p.getTitle(),
                    p.nextReviewDue(),
                    p.getOwnerName(),
                    planSubjects,
                    link));
        }
        LocalDate preparation = StatusRules.preparationDeadline(p.getOperatorInfoReceived(), p.isExtensionAgreed());
        if (preparation != null && p.getPreparedOn() == null) {
            deadlines.add(new Deadline(
                    DeadlineKind.PLAN_PREPARATION,
                    p.getId(),
                    "Preparation of " + p.getTitle(),
                    preparation,
                    p.getOwnerName(),
                    planSubjects,
                    link));
        }
        for (PizMailing m : planMailings) {
            if (m.getNextDue() != null) {
                deadlines.add(new Deadline(
                        DeadlineKind.PIZ_MAILING,
                        m.getSiteId(),
                        "Public information mailing for " + m.getSiteName(),
                        m.getNextDue(),
                        p.getOwnerName(),
                        Set.of("plan:" + p.getId(), "site:" + m.getSiteId()),
                        link));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::dueDate));
        StatusRules.Result status = StatusRules.evaluate(p.getLastTested() != null, deadlines, today);
        return new PlanSummary(
                p.getId(),
                p.getTitle(),
                p.getPlanVersion(),
                p.getOwnerName(),
                p.getLifecycle(),
                planSites.stream().map(SiteSummary::id).toList(),
                planSites.stream().map(SiteSummary::name).toList(),
                p.getPreparedOn(),
                p.getLastReviewed(),
                p.nextReviewDue(),
                p.getLastTested(),
                p.getLastTestExerciseId(),
                p.nextTestDue(),
                p.getOperatorInfoReceived(),
                p.isExtensionAgreed(),
                p.getExtensionReference(),
                preparation,
                p.getNotes(),
                status.status(),
                status.reason(),
                status.nearest() == null ? null : status.nearest().dueDate(),
                List.copyOf(deadlines),
                p.getRowVersion());
    }

    private static SiteMailing mailing(PizMailing m) {
        return new SiteMailing(m.getSiteId(), m.getPlanId(), m.getSiteName(), m.getLastSent(), m.getNextDue());
    }

    private Plan get(String planId) {
        return plans.findById(planId == null ? "" : planId)
                .orElseThrow(() -> new InvalidInputException("planId", "There is no plan '" + planId + "'."));
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
