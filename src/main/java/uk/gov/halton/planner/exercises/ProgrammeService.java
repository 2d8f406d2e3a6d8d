package uk.gov.halton.planner.exercises;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.DateRules;
import uk.gov.halton.planner.base.Dates;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.exercises.domain.Approval;
import uk.gov.halton.planner.exercises.domain.ApprovalRepository;
import uk.gov.halton.planner.exercises.domain.Proposal;
import uk.gov.halton.planner.exercises.domain.ProposalRepository;
import uk.gov.halton.planner.exercises.programme.ProgrammePlanner;
import uk.gov.halton.planner.exercises.programme.ProgrammeProperties;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/**
 * The exercise programme: a view per financial year and a rolling three-year view with the compliance checks,
 * the planner's proposals (planners accept, move or reject them) and a manager's approval of each year.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProgrammeService {

    private final ExerciseService exercises;
    private final PlanService plans;
    private final ProposalRepository proposals;
    private final ApprovalRepository approvals;
    private final ProgrammeProperties properties;
    private final Clock clock;
    private final CoverageService coverage;

    ProgrammeService(
            ExerciseService exercises,
            PlanService plans,
            ProposalRepository proposals,
            ApprovalRepository approvals,
            ProgrammeProperties properties,
            Clock clock,
            CoverageService coverage) {
        this.coverage = coverage;
        this.exercises = exercises;
        this.plans = plans;
        this.proposals = proposals;
        this.approvals = approvals;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(today());
    }

    /** The current financial year and the next two. */
    public List<FinancialYear> rollingYears() {
        FinancialYear first = currentYear();
        return List.of(first, first.next(), first.next().next());
    }

    public Programme programme(FinancialYear year) {
        List<ExerciseSummary> all = exercises.findAll();
        List<ExerciseSummary> inYear =
                all.stream().filter(e -> year.contains(e.date())).toList();
        return new Programme(
                year,
                compliance(year, all),
                inYear,
                planChecks(all),
                proposals.findByFyStartOrderByProposedOn(year.startYear()).stream()
                        .map(ProgrammeService::record)
                        .toList(),
                approval(year));
    }

    /** PPT 06 for each year of the rolling three-year view. */
    public List<YearCompliance> rolling() {
        List<ExerciseSummary> all = exercises.findAll();
        return rollingYears().stream().map(y -> compliance(y, all)).toList();
    }

    public YearCompliance compliance(FinancialYear year) {
        return compliance(year, exercises.findAll());
    }

    /** Every plan: will it be tested before its next test is due? */
    public List<PlanCheck> planChecks() {
        return planChecks(exercises.findAll());
    }

    public Optional<ProgrammeApproval> approval(FinancialYear year) {
        return approvals
                .findById(year.startYear())
                .map(a -> new ProgrammeApproval(year, a.getApprovedBy(), a.getApprovedAt(), a.getNote()));
    }

    public List<ProgrammeProposal> openProposals() {
        return proposals.findByStateOrderByProposedOn(ProposalState.OPEN).stream()
                .map(ProgrammeService::record)
                .toList();
    }

    public ProgrammePlanner.Settings settings() {
        return properties.settings();
    }

    /**
     * The first day on or after {@code from} that suits an exercise: a working day in England and Wales (no weekend,
     * bank holiday or Christmas break) outside the blackout periods; {@code from} itself if none within a year.
     */
    public LocalDate firstSuitableDay(LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusYears(1)); day = day.plusDays(1)) {
            LocalDate d = day;
            if (uk.gov.halton.planner.base.WorkingDays.isWorkingDay(d)
                    && properties.settings().blackouts().stream().noneMatch(b -> b.contains(d))) {
                return d;
            }
        }
        return from;
    }

    // ---- writes

    /** Replaces the open proposals with a fresh plan for the three years. */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public List<ProgrammeProposal> propose() {
        proposals.deleteAll(proposals.findByStateOrderByProposedOn(ProposalState.OPEN));
        LocalDate today = today();
        List<ProgrammePlanner.PlanDue> dues = plans.findAll().stream()
                .map(p -> new ProgrammePlanner.PlanDue(p.id(), p.nextTestDue()))
                .toList();
        List<ProgrammePlanner.Booked> booked = exercises.findAll().stream()
                .filter(e -> e.comah() && !e.date().isBefore(currentYear().start()))
                .filter(e -> e.status() != ExerciseStatus.HELD || !e.date().isAfter(today))
                .map(e -> new ProgrammePlanner.Booked(e.date(), e.planIds()))
                .toList();
        java.util.Map<String, List<List<String>>> untested = new java.util.HashMap<>();
        coverage.all()
                .forEach(c -> untested.put(
                        c.planId(),
                        c.flagged().stream()
                                .map(r -> r.element().exerciseTypes())
                                .toList()));
        java.util.Set<String> types = new java.util.HashSet<>();
        exercises.templates().forEach(t -> types.add(t.type()));
        for (ProgrammePlanner.Proposal p : ProgrammePlanner.propose(dues, booked, today, properties.settings())) {
            var choice = uk.gov.halton.planner.exercises.programme.TemplateChooser.choose(
                    p.planIds().stream()
                            .flatMap(id -> untested.getOrDefault(id, List.of()).stream())
                            .toList(),
                    types,
                    properties.templateType());
            String reason = choice.untestedCovered() == 0
                    ? p.reason()
                    : p.reason() + "; as a "
                            + choice.type() + " exercise, suited to "
                            + Dates.plural(choice.untestedCovered(), "plan element") + " not yet tested this cycle";
            proposals.save(
                    new Proposal(p.year().startYear(), p.date(), choice.type(), p.planIds(), reason, p.warning()));
        }
        return openProposals();
    }

    /** Accepting a proposal makes it a proposed exercise from the default template, for a planner to schedule. */
    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public ExerciseSummary accept(long proposalId) {
        Proposal proposal = open(proposalId);
        ExerciseDraft draft = exercises.draftFromTemplate(
                proposal.getTemplateType(), proposal.planIdList(), proposal.getProposedOn());
        ExerciseSummary created = exercises.create(draft);
        proposal.setState(proposal.getState().decide(true));
        proposal.setExerciseId(created.id());
        proposal.setDecidedBy(ExerciseService.currentUser());
        return created;
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public ProgrammeProposal move(long proposalId, LocalDate date) {
        Proposal proposal = open(proposalId);
        if (date == null || date.isBefore(today())) {
            throw new InvalidInputException("date", "Choose a date from today on.");
        }
        DateRules.check("date", "The proposed date", date);
        properties.settings().blackouts().stream()
                .filter(b -> b.contains(date))
                .findFirst()
                .ifPresent(b -> {
                    throw new InvalidInputException(
                            "date",
                            date + " falls in " + b.name() + " (" + b.from() + " to " + b.to()
                                    + "), a seasonal peak of demand: choose another date.");
                });
        proposal.setProposedOn(date);
        proposal.setFyStart(FinancialYear.of(date).startYear());
        proposal.setWarning(null);
        return record(proposal);
    }

    @Transactional
    @PreAuthorize(ExerciseService.WRITERS)
    public ProgrammeProposal reject(long proposalId) {
        Proposal proposal = open(proposalId);
        proposal.setState(proposal.getState().decide(false));
        proposal.setDecidedBy(ExerciseService.currentUser());
        return record(proposal);
    }

    /** A manager approves a year's programme; approving again records the new approver and time. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public ProgrammeApproval approve(FinancialYear year, @Size(max = 500) @PlainText("The note") String note) {
        if (year == null) {
            throw new InvalidInputException("year", "Choose the financial year to approve.");
        }
        String text = TextRules.strip(note);
        Approval approval =
                approvals.findById(year.startYear()).orElseGet(() -> new Approval(year.startYear(), null, null, null));
        approval.setApprovedBy(ExerciseService.currentUser());
        approval.setApprovedAt(clock.instant());
        approval.setNote(text);
        approvals.save(approval);
        return approval(year).orElseThrow();
    }

    // ---- rules

    YearCompliance compliance(FinancialYear year, List<ExerciseSummary> all) {
        return compliance(year, all, today());
    }

    /** PPT 06 for a year as known on {@code asOf} (a past quarter's end, or today): see {@link ComahYearRule}. */
    public YearCompliance compliance(FinancialYear year, LocalDate asOf) {
        return compliance(year, exercises.findAll(), asOf);
    }

    private YearCompliance compliance(FinancialYear year, List<ExerciseSummary> all, LocalDate asOf) {
        long openProposals = proposals.findByFyStartOrderByProposedOn(year.startYear()).stream()
                .filter(p -> p.getState().open())
                .count();
        return ComahYearRule.evaluate(year, all, openProposals, asOf);
    }

    List<PlanCheck> planChecks(List<ExerciseSummary> all) {
        LocalDate today = today();
        LocalDate horizonEnd = rollingYears().getLast().end();
        return plans.findAll().stream()
                .map(plan -> {
                    LocalDate due = plan.nextTestDue();
                    ExerciseSummary next = all.stream()
                            .filter(e -> e.comah()
                                    && e.status() != ExerciseStatus.HELD
                                    && e.planIds().contains(plan.id())
                                    && !e.date().isBefore(today)
                                    && (due == null || !e.date().isAfter(due)))
                            .min(Comparator.comparing(ExerciseSummary::startsAt))
                            .orElse(null);
                    ExerciseSummary unrecorded = all.stream()
                            .filter(e -> e.comah()
                                    && e.status() == ExerciseStatus.SCHEDULED
                                    && e.planIds().contains(plan.id())
                                    && e.date().isBefore(today))
                            .max(Comparator.comparing(ExerciseSummary::startsAt))
                            .orElse(null);
                    if (unrecorded != null && next == null) {
                        return new PlanCheck(
                                plan,
                                ComplianceState.AT_RISK,
                                "Not yet recorded: the exercise of " + Dates.day(unrecorded.date())
                                        + " has passed but is not marked held",
                                unrecorded);
                    }
                    return check(plan, due, next, today, horizonEnd);
                })
                .toList();
    }

    private static PlanCheck check(
            PlanSummary plan, LocalDate due, ExerciseSummary next, LocalDate today, LocalDate horizonEnd) {
        if (next != null && next.status() == ExerciseStatus.SCHEDULED) {
            return new PlanCheck(
                    plan,
                    ComplianceState.ON_TRACK,
                    "Test scheduled for " + Dates.day(next.date())
                            + (due == null ? "" : ", before it is due on " + Dates.day(due)),
                    next);
        }
        if (due == null) {
            return new PlanCheck(
                    plan,
                    ComplianceState.AT_RISK,
                    "No preparation date or test recorded: enter them "
                            + "on the plan so that its test can be worked out",
                    next);
        }
        if (due.isBefore(today)) {
            return new PlanCheck(plan, ComplianceState.BREACHED, "Test overdue since " + Dates.day(due), next);
        }
        if (next != null) {
            return new PlanCheck(
                    plan,
                    ComplianceState.AT_RISK,
                    "Only proposed for " + Dates.day(next.date()) + ": schedule it before " + Dates.day(due),
                    next);
        }
        if (!due.isAfter(horizonEnd)) {
            return new PlanCheck(
                    plan, ComplianceState.AT_RISK, "Test due " + Dates.day(due) + ": nothing booked", null);
        }
        return new PlanCheck(plan, ComplianceState.ON_TRACK, "Next test due " + Dates.day(due), null);
    }

    private Proposal open(long id) {
        Proposal proposal = proposals
                .findById(id)
                .orElseThrow(() -> new InvalidInputException("proposalId", "There is no proposal " + id + "."));
        proposal.getState().requireOpen();
        return proposal;
    }

    private static ProgrammeProposal record(Proposal p) {
        return new ProgrammeProposal(
                p.getId(),
                new FinancialYear(p.getFyStart()),
                p.getProposedOn(),
                p.getTemplateType(),
                p.planIdList(),
                p.getReason(),
                p.getWarning(),
                p.getState(),
                p.getExerciseId(),
                p.getDecidedBy());
    }
}
