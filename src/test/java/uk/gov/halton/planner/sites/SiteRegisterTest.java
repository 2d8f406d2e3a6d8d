package uk.gov.halton.planner.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** The shipped geodata as the register holds it after start-up. */
@PlannerContextTest
public class SiteRegisterTest {

    @Autowired
    SiteService sites;

    /** The nine sites of the geodata (other tests add sites of their own to the shared database). */
    public static final java.util.List<String> DEMO_SITES = java.util.List.of(
            "ineos-inovyn-runcorn",
            "ineos-enterprises-runcorn",
            "vynova-runcorn",
            "koura-runcorn",
            "runcorn-mcp",
            "packed-chlorine-runcorn",
            "emerald-kalama",
            "univar-widnes",
            "iconichem-widnes");

    private java.util.List<SiteSummary> demoSites() {
        return sites.findAll().stream().filter(s -> DEMO_SITES.contains(s.id())).toList();
    }

    @Test
    void holdsTheNineTopTierSitesWithApproximatePositionsFlagged() {
        assertThat(demoSites())
                .hasSize(9)
                .allSatisfy(s -> assertThat(s.positionApproximate()).isTrue());
        assertThat(sites.findByPlan("runcorn-site")).extracting(SiteSummary::id).containsAll(DEMO_SITES.subList(0, 6));
        SiteSummary kalama = sites.find("emerald-kalama").orElseThrow();
        assertThat(kalama.name()).isEqualTo("Emerald Kalama Chemical");
        assertThat(kalama.address()).isEqualTo("Bennets Lane, Widnes");
        assertThat(kalama.newlyTopTier()).isTrue();
        assertThat(demoSites().stream().filter(SiteSummary::newlyTopTier)).hasSize(1);
    }

    @Test
    void keepsOperatorHistory() {
        SiteDetail kalama = sites.detail("emerald-kalama").orElseThrow();
        assertThat(kalama.operatorHistory())
                .extracting(SiteDetail.OperatorEntry::name)
                .contains("Lanxess Widnes Ltd");
    }

    @Test
    void analysesEveryZone() {
        Map<String, ZoneReport> reports = sites.zoneReports();
        assertThat(reports).containsKeys(DEMO_SITES.toArray(String[]::new)).hasSameSizeAs(sites.findAll());
        ZoneReport inovyn = reports.get("ineos-inovyn-runcorn");
        // The Weston Point operators sit on one complex: their zones overlap.
        assertThat(inovyn.overlapping()).extracting(SiteSummary::planId).contains("runcorn-site");
        assertThat(inovyn.wards()).isNotEmpty();
        assertThat(inovyn.nearest().planId()).isEqualTo("runcorn-site");
        assertThat(DEMO_SITES)
                .allSatisfy(
                        id -> assertThat(reports.get(id).receptorCount()).as(id).isPositive());
    }

    @Test
    void exportsGeoJsonThatGisToolsRead() {
        assertThat(sites.sitesGeoJson()).contains("\"emerald-kalama\"").doesNotContain("\"crs\"");
        assertThat(sites.zonesGeoJson()).contains("\"Polygon\"").doesNotContain("EPSG");
        assertThat(sites.sitesCsv().lines())
                .hasSize(1 + sites.findAll().size())
                .first()
                .asString()
                .startsWith("id,name,operator");
    }
}
