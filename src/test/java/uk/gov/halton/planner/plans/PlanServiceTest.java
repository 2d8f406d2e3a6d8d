package uk.gov.halton.planner.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.MutableClock;
import uk.gov.halton.planner.alerts.DeadlineKind;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
class PlanServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    SiteService sites;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onePlanPerPlanIdOfTheSiteRegisterWithNoInventedDates() {
        // Every plan id of the register has its plan; a plan that a re-planned site left (another test) keeps its
        // record.
        assertThat(plans.findAll())
                .extracting(PlanSummary::id)
                .doesNotHaveDuplicates()
                .containsAll(sites.findAll().stream()
                        .map(SiteSummary::planId)
                        .distinct()
                        .toList());
        PlanSummary runcorn = plans.find("runcorn-site").orElseThrow();
        assertThat(runcorn.siteIds()).hasSize(6);
        assertThat(runcorn.title()).isEqualTo("Runcorn Site off-site emergency plan");
        assertThat(plans.find("emerald-kalama").orElseThrow().lifecycle()).isEqualTo("In preparation");
        // A site under a plan id not seen before gets a plan of its own, with no dates invented for it. (This test's
        // own site and plan: other tests record tests and mailings on the demo plans.)
        String planId = "untested-" + java.util.UUID.randomUUID();
        sites.importGeoJson(uk.gov.halton.planner.ConcurrentEditsTest.site(planId + "-site", planId));
        PlanSummary untouched = plans.find(planId).orElseThrow();
        assertThat(untouched.lastTested()).isNull();
        assertThat(untouched.nextTestDue()).isNull();
        assertThat(untouched.preparedOn()).isNull();
        assertThat(untouched.status()).isEqualTo(PlanStatus.RED);
        assertThat(untouched.statusReason()).isEqualTo("No test recorded");
        assertThat(plans.mailings(planId))
                .singleElement()
                .satisfies(m -> assertThat(m.lastSent()).isNull());
    }

    @Test
    void aTestOn29FebruaryIsDueOn28February2031AndEarlierTestsDoNotMoveIt() {
        clock.setDate(LocalDate.of(2028, 3, 15));
        PlanSummary plan =
                plans.recordTest("runcorn-site", LocalDate.of(2028, 2, 29), null, "Tabletop before the system");
        assertThat(plan.nextTestDue()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(plan.status()).isEqualTo(PlanStatus.GREEN);
        plans.recordTest("runcorn-site", LocalDate.of(2027, 1, 10), null, "An older test entered later");
        assertThat(plans.find("runcorn-site").orElseThrow().lastTested()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> plans.recordTest("runcorn-site", LocalDate.of(2028, 3, 16), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("testedOn"));
    }

    @Test
    void reviewsMailingsAndTheNearestDeadline() {
        clock.setDate(LocalDate.of(2026, 5, 1));
        plans.recordTest("univar-widnes", LocalDate.of(2025, 5, 1), null, null);
        plans.recordReview("univar-widnes", LocalDate.of(2026, 4, 20), "4.1", "Contacts and maps updated");
        assertThat(plans.revisions("univar-widnes")).first().satisfies(r -> {
            assertThat(r.version()).isEqualTo("4.1");
            assertThat(r.revisedBy()).isEqualTo("planner");
        });
        plans.recordMailing("univar-widnes", LocalDate.of(2021, 9, 1));
        PlanSummary plan = plans.find("univar-widnes").orElseThrow();
        assertThat(plan.nextReviewDue()).isEqualTo(LocalDate.of(2029, 4, 20));
        // The mailing (1 Sep 2026) is nearer than the test (1 May 2028): amber, 123 days.
        assertThat(plan.nearestDeadline()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(plan.status()).isEqualTo(PlanStatus.AMBER);
        assertThat(plan.statusReason()).contains("mailing").contains("123 days");
        assertThat(plan.deadlines()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.PIZ_MAILING);
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        });
    }

    @Test
    void editsAreValidated() {
        PlanSummary plan = plans.find("emerald-kalama").orElseThrow();
        LocalDate today = plans.today();
        assertThatThrownBy(() -> plans.update(plan.id(), edit(plan, today.plusDays(1), false, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("operatorInfoReceived"));
        assertThatThrownBy(() -> plans.update(plan.id(), edit(plan, today.minusMonths(1), true, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("extensionReference"));
        PlanSummary updated = plans.update(plan.id(), edit(plan, today.minusMonths(1), true, "HSE letter ref 123"));
        assertThat(updated.preparationDeadline()).isEqualTo(today.minusMonths(1).plusMonths(9));
        assertThat(updated.deadlines()).anySatisfy(d -> assertThat(d.kind()).isEqualTo(DeadlineKind.PLAN_PREPARATION));
    }

    @Test
    void coverageCountsPlansTestedWithinThreeYears() {
        TestCoverage coverage = plans.coverageAt(LocalDate.of(2029, 1, 1));
        assertThat(coverage.plans()).isEqualTo(plans.findAll().size());
        assertThat(coverage.share()).isBetween(0.0, 1.0);
        assertThat(plans.coverageAt(LocalDate.of(1990, 1, 1)).testedWithinThreeYears())
                .isZero();
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerCannotChangeAPlan() {
        PlanSummary plan = plans.find("univar-widnes").orElseThrow();
        assertThatThrownBy(() -> plans.update(plan.id(), edit(plan, null, false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.recordMailing("univar-widnes", LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static PlanEdit edit(PlanSummary p, LocalDate received, boolean extension, String reference) {
        return new PlanEdit(
                p.title(),
                p.version(),
                p.owner(),
                p.lifecycle(),
                p.preparedOn(),
                p.nextReviewDue(),
                p.nextTestDue(),
                received,
                extension,
                reference,
                p.notes(),
                p.rowVersion());
    }
}
