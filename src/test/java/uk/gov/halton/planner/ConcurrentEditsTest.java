package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.base.ConcurrentEditException;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.exercises.ExerciseService;
import uk.gov.halton.planner.exercises.ExerciseSummary;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.plans.PlanEdit;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;
import uk.gov.halton.planner.register.domain.FigureInput;
import uk.gov.halton.planner.register.domain.FigureKind;
import uk.gov.halton.planner.register.domain.FigureService;
import uk.gov.halton.planner.register.domain.RegisterService;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Two people save the same record from the version they both opened: the second save is refused, naming who
 * changed it and when (Europe/London), and the first one's values stay.
 */
@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
public class ConcurrentEditsTest {

    /** "changed by Demo administrator at 14:05 on 3 March 2027 since you opened it" */
    public static final String BY_ADMIN =
            "changed by Demo administrator at \\d{2}:\\d{2} on \\d{1,2} [A-Z][a-z]+ \\d{4} " + "since you opened it";

    @Autowired
    PlanService plans;

    @Autowired
    SiteService sites;

    @Autowired
    ExerciseService exercises;

    @Autowired
    FigureService figures;

    @Autowired
    RegisterService register;

    @Autowired
    MutableClock clock;

    @Test
    void theSecondSaveOfAPlanFromTheSameVersionIsRefusedAndTheFirstStays() {
        PlanSummary opened = ownPlan();
        asAdmin(() -> plans.update(opened.id(), notes(opened, "The administrator's notes")));

        assertThatThrownBy(() -> plans.update(opened.id(), notes(opened, "The planner's notes")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageMatching(".*" + BY_ADMIN + ".*");
        assertThat(plans.find(opened.id()).orElseThrow().notes()).isEqualTo("The administrator's notes");

        PlanSummary reloaded = plans.find(opened.id()).orElseThrow();
        assertThat(plans.update(opened.id(), notes(reloaded, "The planner's notes"))
                        .notes())
                .isEqualTo("The planner's notes");
    }

    @Test
    void theSecondSaveOfASiteFromTheSameVersionIsRefusedAndTheFirstStays() {
        String site = ownSite();
        long opened = sites.detail(site).orElseThrow().rowVersion();
        asAdmin(() -> sites.updateDetails(site, opened, "Renamed by the administrator", "Dock Road", "upper"));

        assertThatThrownBy(() -> sites.setZoneRadius(site, opened, 1200))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageMatching(".*" + BY_ADMIN + ".*");
        SiteDetail now = sites.detail(site).orElseThrow();
        assertThat(now.summary().name()).isEqualTo("Renamed by the administrator");
        assertThat(now.zoneRadiusMetres()).isEqualTo(800);
        // The version a save returns is the one to save from next.
        SiteDetail moved = sites.setZoneRadius(site, now.rowVersion(), 1200);
        assertThat(sites.setZoneRadius(site, moved.rowVersion(), 1300).zoneRadiusMetres())
                .isEqualTo(1300);
    }

    @Test
    void theSecondSaveOfAnExerciseFromTheSameVersionIsRefusedAndTheFirstStays() {
        ExerciseSummary opened = exercises.create(exercises.draftFromTemplate(
                "seminar", List.of(ownPlan().id()), exercises.today().plusDays(60)));
        asAdmin(() -> exercises.move(
                opened.id(),
                opened.rowVersion(),
                opened.startsAt().toLocalDateTime().plusDays(1),
                opened.endsAt().toLocalDateTime().plusDays(1)));

        assertThatThrownBy(() -> exercises.move(
                        opened.id(),
                        opened.rowVersion(),
                        opened.startsAt().toLocalDateTime().plusDays(2),
                        opened.endsAt().toLocalDateTime().plusDays(2)))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageMatching(".*" + BY_ADMIN + ".*");
        assertThat(exercises.find(opened.id()).orElseThrow().date())
                .isEqualTo(opened.date().plusDays(1));
    }

    private PlanSummary ownPlan() {
        String plan = "plan-" + UUID.randomUUID();
        sites.importGeoJson(site("site-" + UUID.randomUUID(), plan));
        return plans.find(plan).orElseThrow();
    }

    private String ownSite() {
        String site = "site-" + UUID.randomUUID();
        sites.importGeoJson(site(site, "plan-" + UUID.randomUUID()));
        return site;
    }

    private static PlanEdit notes(PlanSummary p, String notes) {
        return new PlanEdit(
                p.title(),
                p.version(),
                p.owner(),
                p.lifecycle(),
                p.preparedOn(),
                p.nextReviewDue(),
                p.nextTestDue(),
                p.operatorInfoReceived(),
                p.extensionAgreed(),
                p.extensionReference(),
                notes,
                p.rowVersion());
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theSecondSaveOfAFigureFromWhatTheFormShowedIsRefusedAndTheFirstStays() {
        clock.setDate(LocalDate.of(2042, 6, 1));
        try {
            FinancialYear year = new FinancialYear(2042);
            FigureInput.Seen none = new FigureInput.Seen(null);
            asAdmin(() -> figures.save(List.of(target(year, "100", none))));

            assertThatThrownBy(() -> figures.save(List.of(target(year, "120", none))))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageMatching(".*" + BY_ADMIN + ".*");
            assertThat(figures.yearFigures(register.indicatorByRef("CE LI 30").orElseThrow(), year)
                            .target())
                    .isEqualByComparingTo("100");

            assertThat(figures.save(List.of(target(year, "120", new FigureInput.Seen(new BigDecimal("100"))))))
                    .isEqualTo(1);
            figures.save(List.of(new FigureInput("CE LI 30", year, 0, FigureKind.TARGET, null, false, null)));
        } finally {
            clock.reset();
        }
    }

    private static FigureInput target(FinancialYear year, String amount, FigureInput.Seen seen) {
        return new FigureInput("CE LI 30", year, 0, FigureKind.TARGET, new BigDecimal(amount), false, null, seen);
    }

    /** Runs a save as the demo administrator, the other person editing at the same time. */
    public static <T> T asAdmin(Supplier<T> save) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"))));
        try {
            return save.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static String site(String siteId, String planId) {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"%s","properties":{
                  "name":"Edited Works","operator":"Test Operator Ltd","address":"Dock Road","town":"Widnes",
                  "tier":"upper","planId":"%s","planTitle":"Edited Works off-site emergency plan",
                  "pizRadiusMetres":800,"pizIndicative":true,"positionApproximate":false,"newlyTopTier":false},
                  "geometry":{"type":"Point","coordinates":[-2.735,53.355]}}]}
                """.formatted(siteId, planId);
    }
}
