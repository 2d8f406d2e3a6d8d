package uk.gov.halton.planner.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.ComplianceState;
import uk.gov.halton.planner.exercises.ExerciseDraft;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.ProgrammeService;
import uk.gov.halton.planner.exercises.YearCompliance;
import uk.gov.halton.planner.plans.PlanEdit;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.plans.domain.PizMailing;
import uk.gov.halton.planner.plans.domain.PizMailingRepository;
import uk.gov.halton.planner.plans.domain.PizMailingSentRepository;
import uk.gov.halton.planner.plans.domain.Plan;
import uk.gov.halton.planner.plans.domain.PlanRepository;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.Ppt06Rule;
import uk.gov.halton.planner.register.domain.ProgressStatus;

/**
 * The statutory date rules, run against each database (H2 and PostgreSQL subclasses). Each test makes its own plan
 * and works in financial years no other test uses, inside a transaction that is rolled back.
 */
@Transactional
@WithMockUser(username = "planner", roles = "PLANNER")
abstract class ComplianceRulesContract {

    @Autowired
    PlanService plans;

    @Autowired
    PlanRepository planRecords;

    @Autowired
    PizMailingRepository mailingRecords;

    @Autowired
    PizMailingSentRepository mailingHistory;

    @Autowired
    ExerciseService exercises;

    @Autowired
    ProgrammeService programme;

    @Autowired
    ComahLink comah;

    @Autowired
    MutableClock clock;

    String planId;
    String siteId;

    @BeforeEach
    void ownPlan() {
        planId = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        siteId = planId + "-site";
        planRecords.save(new Plan(planId, "Rules plan " + planId));
        mailingRecords.save(new PizMailing(siteId, planId, "Rules site " + planId));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPlanNeverTestedFallsDueThreeYearsAfterItWasPreparedAndCannotBePutBack() {
        clock.setDate(LocalDate.of(2030, 6, 15));
        PlanSummary prepared = plans.update(planId, edit(plan(), LocalDate.of(2029, 5, 10), null, null));
        assertThat(prepared.nextTestDue()).isEqualTo(LocalDate.of(2032, 5, 10));
        assertThat(prepared.nextReviewDue()).isEqualTo(LocalDate.of(2032, 5, 10));
        assertThat(prepared.deadlines()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.PLAN_TEST);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2032, 5, 10));
        });

        assertThatThrownBy(
                        () -> plans.update(planId, edit(plan(), plan().preparedOn(), LocalDate.of(2033, 1, 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("nextTestDue");
                    assertThat(e.getMessage()).contains("10 May 2032 at the latest");
                });
        assertThat(plan().nextTestDue()).isEqualTo(LocalDate.of(2032, 5, 10));

        PlanSummary forward = plans.update(planId, edit(plan(), plan().preparedOn(), LocalDate.of(2031, 9, 1), null));
        assertThat(forward.nextTestDue()).isEqualTo(LocalDate.of(2031, 9, 1));

        // A review restarts the review clock, not the test clock.
        PlanSummary reviewed = plans.recordReview(planId, LocalDate.of(2030, 6, 1), "2", "Contacts updated");
        assertThat(reviewed.nextReviewDue()).isEqualTo(LocalDate.of(2033, 6, 1));
        assertThat(reviewed.nextTestDue()).isEqualTo(LocalDate.of(2031, 9, 1));

        // A test starts a new cycle: the date brought forward for the old one no longer applies.
        assertThat(plans.recordTest(planId, LocalDate.of(2030, 6, 10), null, "Tabletop")
                        .nextTestDue())
                .isEqualTo(LocalDate.of(2033, 6, 10));
    }

    @Test
    void moreThanThreeYearsOnIsRefusedEvenBeforeAnyTest() {
        clock.setDate(LocalDate.of(2030, 6, 15));
        assertThatThrownBy(() -> plans.update(planId, edit(plan(), null, LocalDate.of(2040, 1, 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("nextTestDue");
                    assertThat(e.getMessage()).contains("Enter when the plan was prepared");
                });
    }

    @Test
    void anOlderRecordEnteredLateNeverMovesAClockBackAndHistoryKeepsBoth() {
        clock.setDate(LocalDate.of(2030, 6, 15));
        plans.recordTest(planId, LocalDate.of(2030, 3, 1), null, "Newer");
        plans.recordTest(planId, LocalDate.of(2029, 1, 1), null, "Older, entered late");
        plans.recordReview(planId, LocalDate.of(2030, 4, 1), null, "Newer review");
        plans.recordReview(planId, LocalDate.of(2028, 1, 1), null, "Older review, entered late");
        plans.recordMailing(siteId, LocalDate.of(2030, 5, 1));
        plans.recordMailing(siteId, LocalDate.of(2026, 1, 1));

        PlanSummary plan = plan();
        assertThat(plan.lastTested()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(plan.nextTestDue()).isEqualTo(LocalDate.of(2033, 3, 1));
        assertThat(plan.lastReviewed()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(plan.nextReviewDue()).isEqualTo(LocalDate.of(2033, 4, 1));
        assertThat(plans.mailings(planId)).singleElement().satisfies(m -> {
            assertThat(m.lastSent()).isEqualTo(LocalDate.of(2030, 5, 1));
            assertThat(m.nextDue()).isEqualTo(LocalDate.of(2035, 5, 1));
        });
        assertThat(plans.tests(planId)).hasSize(2);
        assertThat(plans.revisions(planId)).hasSize(2);
        assertThat(mailingHistory.findBySiteIdOrderBySentOnDescIdDesc(siteId))
                .extracting(m -> m.getSentOn())
                .containsExactly(LocalDate.of(2030, 5, 1), LocalDate.of(2026, 1, 1));
    }

    @Test
    void whatMustAlreadyHaveHappenedCannotBeDatedInTheFuture() {
        LocalDate today = LocalDate.of(2031, 10, 1);
        clock.setDate(today);
        LocalDate tomorrow = today.plusDays(1);
        refused(() -> plans.recordTest(planId, tomorrow, null, null), "testedOn");
        refused(() -> plans.recordReview(planId, tomorrow, null, "Early"), "reviewedOn");
        refused(() -> plans.recordMailing(siteId, tomorrow), "sentOn");
        refused(() -> plans.update(planId, edit(plan(), tomorrow, null, null)), "preparedOn");

        ExerciseSummary running = scheduled(today.atTime(22, 0), tomorrow.atTime(2, 0));
        refused(() -> exercises.markHeld(running.id(), tomorrow), "heldOn");
        ExerciseSummary held = exercises.markHeld(running.id(), today);
        clock.setDate(today.plusDays(20));
        refused(
                () -> exercises.recordColdDebrief(held.id(), version(held.id()), today.plusDays(25), "Not yet"),
                "coldDebriefOn");
        assertThat(exercises
                        .recordColdDebrief(held.id(), version(held.id()), today.plusDays(20), "Held today")
                        .coldDebriefOn())
                .isEqualTo(today.plusDays(20));
    }

    @Test
    void anExerciseCountsOnceInTheFinancialYearInWhichItStarts() {
        FinancialYear year = new FinancialYear(2044);
        clock.setDate(LocalDate.of(2045, 4, 2));
        // Starts at 22:00 on 31 March, ends at 02:00 on 1 April, recorded as held on 1 April.
        ExerciseSummary overnight = scheduled(LocalDateTime.of(2045, 3, 31, 22, 0), LocalDateTime.of(2045, 4, 1, 2, 0));
        exercises.markHeld(overnight.id(), LocalDate.of(2045, 4, 1));
        // Starts at midnight on 1 April: the next year's, however the driver rounds.
        ExerciseSummary midnight = scheduled(LocalDateTime.of(2045, 4, 1, 0, 0), LocalDateTime.of(2045, 4, 1, 3, 0));
        exercises.markHeld(midnight.id(), LocalDate.of(2045, 4, 1));

        assertThat(exercises.between(year.start(), year.end()))
                .extracting(ExerciseSummary::id)
                .contains(overnight.id())
                .doesNotContain(midnight.id());
        assertThat(exercises.between(year.next().start(), year.next().end()))
                .extracting(ExerciseSummary::id)
                .contains(midnight.id())
                .doesNotContain(overnight.id());

        YearCompliance first = programme.compliance(year);
        assertThat(first.state()).isEqualTo(ComplianceState.MET);
        assertThat(first.held()).isEqualTo(1);
        YearCompliance second = programme.compliance(year.next());
        assertThat(second.state()).isEqualTo(ComplianceState.MET);
        assertThat(second.held()).isEqualTo(1);
        assertThat(programme.programme(year).exercises())
                .extracting(ExerciseSummary::id)
                .contains(overnight.id())
                .doesNotContain(midnight.id());

        assertThat(comah.ppt06(year, 4, clock.today()))
                .get()
                .extracting(Ppt06Rule.Outcome::status)
                .isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(comah.ppt06(year.next(), 1, clock.today()))
                .get()
                .extracting(Ppt06Rule.Outcome::status)
                .isEqualTo(ProgressStatus.ON_COURSE);
    }

    @Test
    void aScheduledExerciseWhoseDayHasPassedIsNotYetRecordedAndTheEndedYearResolves() {
        FinancialYear year = new FinancialYear(2046);
        LocalDate day = LocalDate.of(2047, 2, 10);
        ExerciseSummary exercise = scheduled(day.atTime(10, 0), day.atTime(14, 0));

        clock.setDate(day.minusDays(1));
        assertThat(programme.compliance(year).state()).isEqualTo(ComplianceState.ON_TRACK);
        assertThat(q4(year).status()).isEqualTo(ProgressStatus.ON_COURSE);

        clock.setDate(day.plusDays(1));
        YearCompliance passed = programme.compliance(year);
        assertThat(passed.state()).isEqualTo(ComplianceState.AT_RISK);
        assertThat(passed.message()).startsWith("Not yet recorded").contains("10 February 2047");
        assertThat(q4(year).status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(q4(year).commentary()).isEqualTo(passed.message() + ".");
        assertThat(programme.planChecks())
                .filteredOn(c -> c.plan().id().equals(planId))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo(ComplianceState.AT_RISK);
                    assertThat(c.message()).startsWith("Not yet recorded");
                });

        clock.setDate(LocalDate.of(2047, 4, 2));
        assertThat(programme.compliance(year).state()).isEqualTo(ComplianceState.BREACHED);
        assertThat(q4(year).status()).isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);

        exercises.markHeld(exercise.id(), day);
        assertThat(programme.compliance(year).state()).isEqualTo(ComplianceState.MET);
        assertThat(q4(year).status()).isEqualTo(ProgressStatus.ON_COURSE);
    }

    @Test
    void theProgrammeAndPpt06AgreeOnEveryDayOfTwoFinancialYears() {
        FinancialYear first = new FinancialYear(2048);
        clock.setDate(LocalDate.of(2050, 6, 1));
        ExerciseSummary held = scheduled(LocalDateTime.of(2048, 7, 15, 10, 0), LocalDateTime.of(2048, 7, 15, 15, 0));
        exercises.markHeld(held.id(), LocalDate.of(2048, 7, 15));
        ExerciseSummary cancelled =
                scheduled(LocalDateTime.of(2049, 1, 20, 10, 0), LocalDateTime.of(2049, 1, 20, 12, 0));
        exercises.cancel(cancelled.id(), "Operator unavailable");
        ExerciseSummary overnight = scheduled(LocalDateTime.of(2049, 3, 31, 23, 0), LocalDateTime.of(2049, 4, 1, 1, 0));
        exercises.markHeld(overnight.id(), LocalDate.of(2049, 4, 1));
        ExerciseSummary moved = scheduled(LocalDateTime.of(2049, 5, 5, 10, 0), LocalDateTime.of(2049, 5, 5, 12, 0));
        exercises.move(
                moved.id(),
                version(moved.id()),
                LocalDateTime.of(2050, 3, 30, 10, 0),
                LocalDateTime.of(2050, 3, 30, 12, 0));
        ExerciseSummary postponed = scheduled(LocalDateTime.of(2049, 9, 9, 10, 0), LocalDateTime.of(2049, 9, 9, 12, 0));
        exercises.postpone(postponed.id(), "Severe weather");

        int days = 0;
        for (LocalDate d = first.start(); !d.isAfter(first.next().end().plusDays(10)); d = d.plusDays(1), days++) {
            clock.setDate(d);
            FinancialYear year = FinancialYear.of(d);
            agree(year, FinancialYear.quarterOf(d), d);
            if (FinancialYear.quarterOf(d) == 1) {
                agree(year.previous(), 4, d);
            }
        }
        assertThat(days).isGreaterThan(730);
        // Spot checks of what the walk saw: the second year is at risk once the moved exercise's day has passed.
        clock.setDate(LocalDate.of(2050, 3, 31));
        assertThat(programme.compliance(first.next()).message()).startsWith("Not yet recorded");
        clock.setDate(LocalDate.of(2050, 4, 1));
        assertThat(programme.compliance(first.next()).state()).isEqualTo(ComplianceState.BREACHED);
        assertThat(programme.compliance(first).held()).isEqualTo(2);
    }

    private void agree(FinancialYear year, int quarter, LocalDate today) {
        YearCompliance onProgramme = programme.compliance(year);
        Ppt06Rule.Outcome inRegister = comah.ppt06(year, quarter, today).orElseThrow();
        ProgressStatus expected = switch (onProgramme.state()) {
            case MET, ON_TRACK -> ProgressStatus.ON_COURSE;
            case AT_RISK -> ProgressStatus.UNCERTAIN;
            case BREACHED -> ProgressStatus.WILL_NOT_BE_ACHIEVED;
        };
        assertThat(inRegister.status())
                .as("%s Q%s on %s: %s", year, quarter, today, onProgramme.message())
                .isEqualTo(expected);
        assertThat(inRegister.commentary())
                .as("%s Q%s on %s", year, quarter, today)
                .isEqualTo(onProgramme.message() + ".");
    }

    private Ppt06Rule.Outcome q4(FinancialYear year) {
        return comah.ppt06(year, 4, clock.today()).orElseThrow();
    }

    private ExerciseSummary scheduled(LocalDateTime start, LocalDateTime end) {
        ExerciseDraft template = exercises.draftFromTemplate("tabletop", List.of(planId), start.toLocalDate());
        ExerciseDraft draft = new ExerciseDraft(
                template.name(),
                template.templateType(),
                List.of(planId),
                start,
                end,
                template.location(),
                template.agencies(),
                template.objectives(),
                template.scenario(),
                true);
        return exercises.schedule(exercises.create(draft).id());
    }

    private long version(long exerciseId) {
        return exercises.find(exerciseId).orElseThrow().rowVersion();
    }

    private PlanSummary plan() {
        return plans.find(planId).orElseThrow();
    }

    private static PlanEdit edit(PlanSummary p, LocalDate preparedOn, LocalDate nextTestDue, LocalDate nextReviewDue) {
        return new PlanEdit(
                p.title(),
                p.version(),
                p.owner(),
                p.lifecycle(),
                preparedOn,
                nextReviewDue == null ? p.nextReviewDue() : nextReviewDue,
                nextTestDue == null ? p.nextTestDue() : nextTestDue,
                p.operatorInfoReceived(),
                p.extensionAgreed(),
                p.extensionReference(),
                p.notes(),
                p.rowVersion());
    }

    private static void refused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains("cannot be dated in the future");
        });
    }
}
