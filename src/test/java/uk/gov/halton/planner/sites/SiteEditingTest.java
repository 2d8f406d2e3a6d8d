package uk.gov.halton.planner.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import uk.gov.halton.planner.base.AuditEntry;
import uk.gov.halton.planner.base.AuditLog;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.geo.GeoJsonException;

@PlannerContextTest
class SiteEditingTest {

    @Autowired
    SiteService sites;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerCannotChangeASite() {
        assertThatThrownBy(() -> sites.moveTo("univar-widnes", version("univar-widnes"), -2.74, 53.356))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.setZoneRadius("univar-widnes", version("univar-widnes"), 900))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.importGeoJson("{}")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aPartnerCannotConfirmAPositionOrSaveTheEditor() {
        SiteDetail d = sites.detail("univar-widnes").orElseThrow();
        assertThatThrownBy(() -> sites.confirmPosition("univar-widnes", d.rowVersion(), "Site visit"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.edit(
                        "univar-widnes",
                        d.rowVersion(),
                        new SiteEdit(
                                d.longitude(),
                                d.latitude(),
                                d.zoneRadiusMetres(),
                                null,
                                null,
                                null,
                                d.summary().name(),
                                d.summary().address(),
                                d.tier(),
                                true,
                                "Site visit")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerCannotConfirmAPosition() {
        assertThatThrownBy(() -> sites.confirmPosition("univar-widnes", version("univar-widnes"), "Site visit"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void aConfirmationIsAuditedAndWithdrawnWhenTheSiteMoves() {
        SiteDetail before = sites.detail("runcorn-mcp").orElseThrow();
        assertThatThrownBy(() -> sites.confirmPosition("runcorn-mcp", before.rowVersion(), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("confirmationSource"));
        assertThatThrownBy(() -> sites.confirmPosition("runcorn-mcp", before.rowVersion(), "Site visit\nand more"))
                .isInstanceOf(InvalidInputException.class);

        SiteDetail confirmed = sites.confirmPosition("runcorn-mcp", before.rowVersion(), "Operator's safety report");
        assertThat(confirmed.summary().positionApproximate()).isFalse();
        assertThat(confirmed.confirmation().source()).isEqualTo("Operator's safety report");
        assertThat(confirmed.confirmation().by()).isNotBlank();

        SiteDetail moved =
                sites.moveTo("runcorn-mcp", confirmed.rowVersion(), before.longitude(), before.latitude() + 0.001);
        assertThat(moved.confirmation()).isNull();
        assertThat(moved.summary().positionApproximate()).isTrue();
        sites.moveTo("runcorn-mcp", moved.rowVersion(), before.longitude(), before.latitude());

        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "admin", "", "ROLE_ADMIN"));
        assertThat(auditLog.latest(20)).anySatisfy(e -> {
            assertThat(e.entityId()).isEqualTo("runcorn-mcp");
            assertThat(e.summary())
                    .contains("position approximate: yes -> no")
                    .contains("position confirmation source: (empty) -> Operator's safety report");
        });
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void aPlannerMovesASiteByLatitudeAndLongitudeOrGridReferenceAndTheAuditLogSaysSo() {
        // The demo site goes back where it was, so that tests reading the demo zones (in any order) find it there.
        SiteDetail before = sites.detail("iconichem-widnes").orElseThrow();
        try {
            SiteDetail moved = sites.moveTo("iconichem-widnes", version("iconichem-widnes"), -2.7185, 53.3572);
            assertThat(moved.latitude()).isEqualTo(53.3572);

            SiteDetail byGrid = sites.moveToGrid(
                    "iconichem-widnes", version("iconichem-widnes"), moved.easting() + 100, moved.northing());
            assertThat(byGrid.easting()).isCloseTo(moved.easting() + 100, within(0.01));
        } finally {
            sites.moveTo("iconichem-widnes", version("iconichem-widnes"), before.longitude(), before.latitude());
        }

        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "admin", "", "ROLE_ADMIN"));
        assertThat(auditLog.latest(10)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("planner");
            assertThat(e.entity()).isEqualTo("Site");
            assertThat(e.kind()).isEqualTo(AuditEntry.Kind.CHANGED);
            assertThat(e.summary()).contains("longitude");
        });
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void positionsFarFromHaltonAndBadRadiiAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> sites.moveTo("univar-widnes", version("univar-widnes"), -0.1276, 51.5072))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("position");
                    assertThat(e.getMessage()).contains("outside Halton");
                });
        assertThatThrownBy(() -> sites.setZoneRadius("univar-widnes", version("univar-widnes"), 99))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("zoneRadius"));
        assertThatThrownBy(() -> sites.setZoneRadius("univar-widnes", version("univar-widnes"), 10_001))
                .isInstanceOf(InvalidInputException.class);
        assertThat(sites.setZoneRadius("univar-widnes", version("univar-widnes"), 10_000)
                        .zoneRadiusMetres())
                .isEqualTo(10_000);
        sites.setZoneRadius("univar-widnes", version("univar-widnes"), 800);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void aZonePolygonMustContainTheSite() {
        String farSquare =
                "{\"type\":\"Polygon\",\"coordinates\":[[[-2.60,53.30],[-2.59,53.30],[-2.59,53.31],[-2.60,53.31],[-2.60,53.30]]]}";
        assertThatThrownBy(() -> sites.setZonePolygon("koura-runcorn", version("koura-runcorn"), farSquare))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contain the site");
        String around =
                "{\"type\":\"Polygon\",\"coordinates\":[[[-2.76,53.32],[-2.74,53.32],[-2.74,53.33],[-2.76,53.33],[-2.76,53.32]]]}";
        SiteDetail withPolygon = sites.setZonePolygon("koura-runcorn", version("koura-runcorn"), around);
        assertThat(withPolygon.zoneIsPolygon()).isTrue();
        assertThat(sites.zonesGeoJson()).contains("koura-runcorn");
        sites.setZoneRadius("koura-runcorn", version("koura-runcorn"), 1500);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void aChangeOfOperatorKeepsTheOldNameOnRecord() {
        String before = sites.find("runcorn-mcp").orElseThrow().operator();
        SiteDetail after =
                sites.changeOperator("runcorn-mcp", version("runcorn-mcp"), "Runcorn MCP Holdings", "Renamed");
        assertThat(after.summary().operator()).isEqualTo("Runcorn MCP Holdings");
        assertThat(after.operatorHistory()).last().satisfies(e -> {
            assertThat(e.name()).isEqualTo(before);
            assertThat(e.note()).isEqualTo("Renamed");
        });
        assertThatThrownBy(() -> sites.changeOperator("runcorn-mcp", version("runcorn-mcp"), "  ", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void anImportIsAllOrNothingAndListsEveryBadFeature() {
        int before = sites.findAll().size();
        String file = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"new-site","geometry":{"type":"Point","coordinates":[-2.70,53.35]},
                  "properties":{"name":"New Site","operator":"Op","address":"Somewhere, Widnes","town":"Widnes",
                   "tier":"upper","planId":"new-site","planTitle":"New plan","pizRadiusMetres":1000,
                   "positionApproximate":false}},
                 {"type":"Feature","id":"london","geometry":{"type":"Point","coordinates":[-0.12,51.5]},
                  "properties":{"name":"Far","operator":"Op","address":"London","town":"London","tier":"upper",
                   "planId":"x","planTitle":"X","pizRadiusMetres":1000,"positionApproximate":true}},
                 {"type":"Feature","id":"no-radius","geometry":{"type":"Point","coordinates":[-2.70,53.35]},
                  "properties":{"name":"No radius","operator":"Op","address":"A","town":"Widnes","tier":"upper",
                   "planId":"x","planTitle":"X","positionApproximate":true}}]}""";
        assertThatThrownBy(() -> sites.importGeoJson(file))
                .isInstanceOfSatisfying(
                        GeoJsonException.class,
                        e -> assertThat(e.problems())
                                .extracting(GeoJsonException.Problem::feature)
                                .containsExactly("feature 2 (id \"london\")", "feature 3 (id \"no-radius\")"));
        assertThat(sites.findAll()).hasSize(before);
        assertThat(sites.find("new-site")).isEmpty();
    }

    @Test
    @WithMockUser(username = "planner", roles = "PLANNER")
    void theZoneReportIsKeptBetweenClicksAndFollowsAMoveAtOnce() {
        String id = "zone-cache-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        sites.importGeoJson("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"%s","geometry":{"type":"Point","coordinates":[-2.7300,53.3650]},
                  "properties":{"name":"Zone Cache Works","operator":"Op","address":"Somewhere, Widnes","town":"Widnes",
                   "tier":"upper","planId":"%s","planTitle":"Zone cache plan","pizRadiusMetres":500,
                   "positionApproximate":false}}]}""".formatted(id, id));
        java.util.Map<String, ZoneReport> first = sites.zoneReports();
        assertThat(sites.zoneReports())
                .as("worked out once, not on every click")
                .isSameAs(first);
        java.util.List<String> wardsBefore = first.get(id).wards();

        sites.moveTo(id, version(id), -2.6900, 53.3300); // from Widnes to Runcorn, across the river

        assertThat(sites.zoneReports()).isNotSameAs(first);
        assertThat(sites.zoneReports().get(id).wards()).isNotEmpty().isNotEqualTo(wardsBefore);
        assertThat(sites.detail(id).orElseThrow().zone().wards())
                .isEqualTo(sites.zoneReports().get(id).wards());
    }

    /** The version of the site as a form would open it now. */
    private long version(String id) {
        return sites.detail(id).orElseThrow().rowVersion();
    }
}
