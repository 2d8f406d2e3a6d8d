package uk.gov.halton.planner.sites.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.gov.halton.planner.base.UserService;
import uk.gov.halton.planner.exercises.PlannerContextTest;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteRegisterTest;
import uk.gov.halton.planner.sites.SiteService;
import uk.gov.halton.planner.sites.SiteSummary;

@PlannerContextTest
class SiteViewsTest extends SpringBrowserlessTest {

    @Autowired
    SiteService sites;

    @Autowired
    UserService users;

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
                .contains(
                        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                        "© OpenStreetMap contributors",
                        "https://www.openstreetmap.org/copyright");
        var sites = view.map.getLayers().stream()
                .filter(l -> l.id().equals(SiteLayers.SITES))
                .findFirst()
                .orElseThrow();
        assertThat(sites.options().labelsFromZoom()).isEqualTo(SiteLayers.LABELS_FROM_ZOOM);
        assertThat(sites.options().groupBy()).isEqualTo("planId");
        assertThat(sites.options().flagged()).isTrue();
        MapLegend key = find(MapLegend.class).single();
        assertThat(key.isOpened()).isTrue();
        assertThat(find(ListItem.class).from(key).all()).hasSize(9);
        assertThat(key.getElement().getTextRecursively())
                .contains(
                        "approximate position",
                        "indicative",
                        "Numbered circle",
                        "Background map: © OpenStreetMap contributors");
    }

    @Test
    @WithUserDetails("planner")
    void clickingASiteOnTheMapOpensItsDetailAndPlannersMayEdit() {
        SiteMapView view = navigate(SiteMapView.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.map,
                new uk.gov.halton.planner.geo.map.MapComponent.FeatureClickEvent(
                        view.map, true, "univar-widnes", "sites"));
        assertThat(find(H2.class).from(view.detail).single().getText()).isEqualTo("Univar Ltd, Widnes");
        test(find(Button.class).withText("Edit site").single()).click();
        assertThat(find(Button.class).from(view.detail).all())
                .extracting(Button::getText)
                .as("one Save for the whole form")
                .filteredOn(t -> t.startsWith("Save"))
                .containsExactly("Save changes");

        // Placing the site by clicking the map fills both pairs of coordinates for the planner to save.
        test(find(Button.class).withText("Pick on the map").single()).click();
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                view.map,
                new uk.gov.halton.planner.geo.map.MapComponent.MapClickEvent(view.map, true, -2.7431, 53.3555));
        assertThat(field("Latitude (°N)").getValue()).isEqualTo(53.3555);
        Coordinate grid = BritishNationalGrid.toBng(-2.7431, 53.3555);
        assertThat(field("Easting (m)").getValue()).isEqualTo((double) Math.round(grid.x));
        assertThat(field("Northing (m)").getValue()).isEqualTo((double) Math.round(grid.y));
        test(find(Button.class).withText("Save changes").single()).click();
        assertThat(view.detail.getElement().getTextRecursively()).contains("53.35550 N");
    }

    @Test
    @WithUserDetails("planner")
    void typingAGridReferenceMovesTheLatitudeAndLongitudeAndTheOtherWayRound() {
        navigate("sites/univar-widnes", SiteMapView.class);
        test(find(Button.class).withText("Edit site").single()).click();
        test(field("Easting (m)")).setValue(351000.0);
        test(field("Northing (m)")).setValue(385000.0);
        Coordinate lonLat = BritishNationalGrid.toWgs84(351000, 385000);
        assertThat(field("Latitude (°N)").getValue()).isCloseTo(lonLat.y, within(1e-6));
        assertThat(field("Longitude (° east; west is negative)").getValue()).isCloseTo(lonLat.x, within(1e-6));

        test(field("Latitude (°N)")).setValue(53.36);
        Coordinate grid = BritishNationalGrid.toBng(lonLat.x, 53.36);
        assertThat(field("Northing (m)").getValue()).isEqualTo((double) Math.round(grid.y));
    }

    @Test
    @WithUserDetails("planner")
    void everyProblemIsListedOnceAboveTheFormAndBesideItsFieldAndNothingIsSaved() {
        SiteMapView view = navigate("sites/univar-widnes", SiteMapView.class);
        String nameBefore = find(H2.class).from(view.detail).single().getText();
        test(find(Button.class).withText("Edit site").single()).click();
        test(field("Latitude (°N)")).setValue(51.5072);
        test(field("Longitude (° east; west is negative)")).setValue(-0.1276);
        var polygon = find(com.vaadin.flow.component.textfield.TextArea.class)
                .withCaption("Or a zone polygon (GeoJSON geometry, WGS84; empty for a radius)")
                .single();
        test(polygon).setValue("{\"type\":\"Point\",\"coordinates\":[-2.74,53.35]}");
        TextField name = find(TextField.class).withCaption("Name").single();
        test(name).setValue("");
        test(find(Checkbox.class).withCaption("I have confirmed this position").single())
                .click();

        test(find(Button.class).withText("Save changes").single()).click();

        SiteEditor editor = find(SiteEditor.class).single();
        assertThat(editor.problems.isVisible()).isTrue();
        assertThat(find(ListItem.class).from(editor.problems).all()).hasSize(4);
        assertThat(editor.problems.getElement().getTextRecursively())
                .contains(
                        "There are 4 problems",
                        "Nothing was saved",
                        "outside Halton",
                        "The zone must be a Polygon",
                        "The name is required",
                        "Say how the position was confirmed");
        assertThat(field("Latitude (°N)").isInvalid()).isTrue();
        assertThat(field("Easting (m)").isInvalid()).isTrue();
        assertThat(polygon.isInvalid()).isTrue();
        assertThat(find(IntegerField.class)
                        .withCaption("Zone radius (m)")
                        .single()
                        .isInvalid())
                .isFalse();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("The name is required");
        assertThat(find(TextField.class)
                        .withCaption("How it was confirmed")
                        .single()
                        .isInvalid())
                .isTrue();
        assertThat(find(TextField.class).withCaption("Address").single().isInvalid())
                .isFalse();
        assertThat(sites.find("univar-widnes").orElseThrow().name()).isEqualTo(nameBefore);
        assertThat(sites.detail("univar-widnes").orElseThrow().latitude()).isGreaterThan(53);
    }

    @Test
    @WithUserDetails("planner")
    void aPlannerConfirmsAPositionAndTheApproximateFlagGoesEverywhere() throws java.io.IOException {
        SiteMapView view = navigate("sites/koura-runcorn", SiteMapView.class);
        assertThat(view.detail.getElement().getTextRecursively()).contains("Approximate position");
        SiteDetail before = sites.detail("koura-runcorn").orElseThrow();
        test(find(Button.class).withText("Edit site").single()).click();
        test(find(Checkbox.class).withCaption("I have confirmed this position").single())
                .click();
        test(find(TextField.class).withCaption("How it was confirmed").single()).setValue("Site visit");
        test(find(Button.class).withText("Save changes").single()).click();
        try {
            String today = uk.gov.halton.planner.base.Dates.day(
                    java.time.LocalDate.now(uk.gov.halton.planner.base.PlannerZone.zone()));
            assertThat(view.detail.getElement().getTextRecursively())
                    .doesNotContain("Approximate position")
                    .contains("Position confirmed by "
                            + users.findByUsername("planner").orElseThrow().displayName() + " on " + today
                            + " (Site visit).");
            assertThat(test(view.list).size()).isPositive();
            assertThat(sites.find("koura-runcorn").orElseThrow().positionApproximate())
                    .isFalse();
            assertThat(sites.sitesGeoJson()).contains("\"positionConfirmationSource\":\"Site visit\"");
            var csv = org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new java.io.StringReader(sites.sitesCsv()))
                    .getRecords()
                    .stream()
                    .filter(r -> r.get("id").equals("koura-runcorn"))
                    .findFirst()
                    .orElseThrow();
            assertThat(csv.get("position approximate")).isEqualTo("no");
            assertThat(csv.get("position confirmation source")).isEqualTo("Site visit");

            SiteRegisterView register = navigate(SiteRegisterView.class);
            assertThat(register.grid
                            .getGenericDataView()
                            .getItems()
                            .filter(s -> s.id().equals("koura-runcorn"))
                            .findFirst()
                            .orElseThrow()
                            .positionApproximate())
                    .isFalse();
            var rows = test(register.grid);
            int row = java.util.stream.IntStream.range(0, rows.size())
                    .filter(i -> rows.getRow(i).id().equals("koura-runcorn"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rows.getCellText(row, 5)).isEqualTo("Confirmed");
            // A position neither flagged approximate nor confirmed by a planner (as imported) reads plainly.
            assertThat(SiteRegisterView.position(
                            new SiteSummary("s", "S", null, null, null, null, null, false, false, false)))
                    .isEmpty();
        } finally {
            // Moving a confirmed site withdraws the confirmation: the way back to the demo data as it was.
            SiteDetail confirmed = sites.detail("koura-runcorn").orElseThrow();
            SiteDetail moved = sites.moveTo(
                    "koura-runcorn", confirmed.rowVersion(), before.longitude() + 0.001, before.latitude());
            assertThat(moved.summary().positionApproximate()).isTrue();
            assertThat(moved.confirmation()).isNull();
            sites.moveTo("koura-runcorn", moved.rowVersion(), before.longitude(), before.latitude());
        }
    }

    private NumberField field(String caption) {
        return find(NumberField.class).withCaption(caption).single();
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
        assertThat(view.getElement().getTextRecursively())
                .contains("Export CSV", "Export GeoJSON")
                .doesNotContain("Import sites");
    }

    @Test
    @WithUserDetails("planner")
    void aBadImportListsItsProblemsAndChangesNothing() {
        SiteRegisterView view = navigate(SiteRegisterView.class);
        int before = test(view.grid).size();
        view.importGeoJson(
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"x\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-2.7,53.35]},\"properties\":{}}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(view.importErrors.getElement().getTextRecursively())
                .contains("Nothing was imported")
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
        view.importGeoJson(
                "<b>sites</b>.geojson",
                "{\"type\":\"FeatureCollection\",\n\"features\":[\"Caf\u00e9\"]}"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(view.importErrors.getElement().getTextRecursively())
                .contains("Nothing was imported")
                .contains("<b>sites</b>.geojson, line 2: the byte 0xE9 is not UTF-8");
        assertThat(test(view.grid).size()).isEqualTo(before);
    }
}
