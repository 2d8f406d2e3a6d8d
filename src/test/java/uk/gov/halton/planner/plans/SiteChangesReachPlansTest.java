package uk.gov.halton.planner.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.sites.SiteService;

/** A site imported or edited through the site service is followed by the plans at once, with no restart. */
@PlannerContextTest
@WithMockUser(username = "planner", roles = "PLANNER")
class SiteChangesReachPlansTest {

    @Autowired
    PlanService plans;

    @Autowired
    SiteService sites;

    @Test
    void aSiteImportedWithANewPlanGetsThatPlanAndItsMailingAtOnce() {
        String site = "site-" + UUID.randomUUID();
        String plan = "plan-" + UUID.randomUUID();
        assertThat(plans.find(plan)).isEmpty();

        sites.importGeoJson(collection(site, "Ditton Works", plan));

        assertThat(plans.find(plan)).hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("Ditton Works off-site emergency plan");
            assertThat(p.siteNames()).containsExactly("Ditton Works");
            assertThat(p.lastTested()).isNull();
        });
        assertThat(plans.mailings(plan)).singleElement().satisfies(m -> {
            assertThat(m.siteId()).isEqualTo(site);
            assertThat(m.siteName()).isEqualTo("Ditton Works");
        });
    }

    @Test
    void aRenameInTheEditorReachesTheMailingAndItsDeadlineTitle() {
        String site = "site-" + UUID.randomUUID();
        String plan = "plan-" + UUID.randomUUID();
        sites.importGeoJson(collection(site, "Old Name Works", plan));
        plans.recordMailing(site, plans.today().minusYears(1));

        sites.updateDetails(
                site, sites.detail(site).orElseThrow().rowVersion(), "New Name Works", "Dock Road", "upper");

        assertThat(plans.mailings(plan))
                .singleElement()
                .satisfies(m -> assertThat(m.siteName()).isEqualTo("New Name Works"));
        assertThat(plans.find(plan).orElseThrow().deadlines())
                .anySatisfy(d -> assertThat(d.title()).isEqualTo("Public information mailing for New Name Works"))
                .noneSatisfy(d -> assertThat(d.title()).contains("Old Name Works"));
    }

    @Test
    void aSiteReImportedUnderAnotherPlanTakesItsMailingToThatPlan() {
        String site = "site-" + UUID.randomUUID();
        String first = "plan-" + UUID.randomUUID();
        String second = "plan-" + UUID.randomUUID();
        sites.importGeoJson(collection(site, "Moving Works", first));
        plans.recordMailing(site, plans.today().minusYears(2));

        sites.importGeoJson(collection(site, "Moving Works", second));

        assertThat(plans.find(second))
                .hasValueSatisfying(p -> assertThat(p.siteIds()).containsExactly(site));
        assertThat(plans.mailings(second)).singleElement().satisfies(m -> {
            assertThat(m.siteId()).isEqualTo(site);
            assertThat(m.lastSent()).isEqualTo(plans.today().minusYears(2));
        });
        assertThat(plans.mailings(first)).isEmpty();
    }

    private static String collection(String siteId, String name, String planId) {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":"%s","properties":{
                  "name":"%s","operator":"Test Operator Ltd","address":"Dock Road","town":"Widnes","tier":"upper",
                  "planId":"%s","planTitle":"%s off-site emergency plan","pizRadiusMetres":800,
                  "pizIndicative":true,"positionApproximate":false,"newlyTopTier":false},
                  "geometry":{"type":"Point","coordinates":[-2.735,53.355]}}]}
                """.formatted(siteId, name, planId, name);
    }
}
