package uk.gov.halton.planner.sites.ui;

import uk.gov.halton.planner.exercises.PlannerContextTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.sites.SiteRegisterTest;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@PlannerContextTest
class SiteViewsTest extends SpringBrowserlessTest {

    @Autowired
    SiteService sites;


    @Test
    @WithUserDetails("partner")
    void aDeepLinkOpensTheSiteDetailAndPartnersCannotEdit() {
        SiteMapView view = navigate("sites/emerald-kalama", SiteMapView.class);
        assertThat(find(H2.class).from(view.detail).single().getText()).isEqualTo("Emerald Kalama Chemical");
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("Approximate position", "Newly top tier", "Bennets Lane, Widnes", "In the zone");
        assertThat(find(Button.class).withText("Edit site").all()).isEmpty();
        assertThat(view.list.getGenericDataView().getItems().map(SiteSummary::id))
                .containsAll(SiteRegisterTest.DEMO_SITES);
    }

    @Test
    @WithUserDetails("partner")
    void theMapHasOpenStreetMapBehindItAKeyAndNamedGroupedFlaggedSites() {
        SiteMapView view = navigate(SiteMapView.class);
        assertThat(view.map.getElement().getProperty("tiles"))
                .contains("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors",
                        "https://www.openstreetmap.org/copyright");
        var sites = view.map.getLayers().stream().filter(l -> l.id().equals(SiteLayers.SITES)).findFirst().orElseThrow();
        assertThat(sites.options().labelsFromZoom()).isEqualTo(SiteLayers.LABELS_FROM_ZOOM);
        assertThat(sites.options().groupBy()).isEqualTo("planId");
        assertThat(sites.options().flagged()).isTrue();
        MapLegend key = find(MapLegend.class).single();
        assertThat(key.isOpened()).isTrue();
        assertThat(find(ListItem.class).from(key).all()).hasSize(9);
        assertThat(key.getElement().getTextRecursively()).contains("approximate position", "indicative",
                "Numbered circle", "Background map: © OpenStreetMap contributors");
    }

    @Test
    @WithUserDetails("planner")
    void clickingASiteOnTheMapOpensItsDetailAndPlannersMayEdit() {
        SiteMapView view = navigate(SiteMapView.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.map,
                new uk.gov.halton.planner.geo.map.MapComponent.FeatureClickEvent(view.map, true, "univar-widnes", "sites"));
        assertThat(find(H2.class).from(view.detail).single().getText()).isEqualTo("Univar Ltd, Widnes");
        test(find(Button.class).withText("Edit site").single()).click();
        assertThat(find(Button.class).withText("Save radius").all()).hasSize(1);

        // Placing the site by clicking the map fills the position for the planner to save.
        test(find(Button.class).withText("Pick on the map").single()).click();
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.map,
                new uk.gov.halton.planner.geo.map.MapComponent.MapClickEvent(view.map, true, -2.7431, 53.3555));
        var latitude = find(com.vaadin.flow.component.textfield.NumberField.class).withCaption("Latitude (°N)").single();
        assertThat(latitude.getValue()).isEqualTo(53.3555);
        test(find(Button.class).withText("Save latitude and longitude").single()).click();
        assertThat(view.detail.getElement().getTextRecursively()).contains("53.35550 N");
    }

    @Test
    @WithUserDetails("partner")
    void theRegisterFiltersAndOffersExports() {
        SiteRegisterView view = navigate(SiteRegisterView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(SiteSummary::id))
                .containsAll(SiteRegisterTest.DEMO_SITES);
        test(view.filter).setValue("Widnes");
        assertThat(view.grid.getGenericDataView().getItems().map(SiteSummary::id))
                .contains("emerald-kalama", "univar-widnes", "iconichem-widnes")
                .doesNotContain("koura-runcorn", "vynova-runcorn");
        assertThat(view.getElement().getTextRecursively()).contains("Export CSV", "Export GeoJSON")
                .doesNotContain("Import sites");
    }

    @Test
    @WithUserDetails("planner")
    void aBadImportListsItsProblemsAndChangesNothing() {
        SiteRegisterView view = navigate(SiteRegisterView.class);
        int before = test(view.grid).size();
        view.importGeoJson("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"x\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-2.7,53.35]},\"properties\":{}}]}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.importErrors.getElement().getTextRecursively()).contains("Nothing was imported")
                .contains("feature 1 (id \"x\")");
        assertThat(find(ListItem.class).from(view.importErrors).all()).hasSize(1);
        assertThat(test(view.grid).size()).isEqualTo(before);
        assertThat(sites.find("x")).isEmpty();
    }

    @Test
    @WithUserDetails("planner")
    void anUploadInAnotherEncodingIsRefusedNamingTheFileAndLine() {
        SiteRegisterView view = navigate(SiteRegisterView.class);
        int before = test(view.grid).size();
        view.importGeoJson("<b>sites</b>.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\"Caf\u00e9\"]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(view.importErrors.getElement().getTextRecursively()).contains("Nothing was imported")
                .contains("<b>sites</b>.geojson, line 2: the byte 0xE9 is not UTF-8");
        assertThat(test(view.grid).size()).isEqualTo(before);
    }
}
