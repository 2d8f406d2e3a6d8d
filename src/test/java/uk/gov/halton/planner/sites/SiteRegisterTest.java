package uk.gov.halton.planner.sites;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped geodata as the register holds it after start-up. */
@SpringBootTest
class SiteRegisterTest {

    @Autowired
    SiteService sites;

    @Test
    void holdsTheNineTopTierSitesWithApproximatePositionsFlagged() {
        assertThat(sites.findAll()).hasSize(9).allSatisfy(s -> assertThat(s.positionApproximate()).isTrue());
        assertThat(sites.findByPlan("runcorn-site")).hasSize(6);
        SiteSummary kalama = sites.find("emerald-kalama").orElseThrow();
        assertThat(kalama.name()).isEqualTo("Emerald Kalama Chemical");
        assertThat(kalama.address()).isEqualTo("Bennets Lane, Widnes");
        assertThat(kalama.newlyTopTier()).isTrue();
        assertThat(sites.findAll().stream().filter(SiteSummary::newlyTopTier)).hasSize(1);
    }

    @Test
    void keepsOperatorHistory() {
        SiteDetail kalama = sites.detail("emerald-kalama").orElseThrow();
        assertThat(kalama.operatorHistory()).extracting(SiteDetail.OperatorEntry::name)
                .contains("Lanxess Widnes Ltd");
    }

    @Test
    void analysesEveryZone() {
        Map<String, ZoneReport> reports = sites.zoneReports();
        assertThat(reports).hasSize(9);
        ZoneReport inovyn = reports.get("ineos-inovyn-runcorn");
        // The Weston Point operators sit on one complex: their zones overlap.
        assertThat(inovyn.overlapping()).extracting(SiteSummary::planId).contains("runcorn-site");
        assertThat(inovyn.wards()).isNotEmpty();
        assertThat(inovyn.nearest().planId()).isEqualTo("runcorn-site");
        assertThat(reports.values()).allSatisfy(r -> assertThat(r.receptorCount()).isPositive());
    }

    @Test
    void exportsGeoJsonThatGisToolsRead() {
        assertThat(sites.sitesGeoJson()).contains("\"emerald-kalama\"").doesNotContain("\"crs\"");
        assertThat(sites.zonesGeoJson()).contains("\"Polygon\"").doesNotContain("EPSG");
        assertThat(sites.sitesCsv().lines()).hasSize(10).first().asString().startsWith("id,name,operator");
    }
}
