package uk.gov.halton.planner.geo.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MapComponentTest {

    private static final String HOSTILE =
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"x\","
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-2.7,53.35]},"
                    + "\"properties\":{\"name\":\"</script><img src=x onerror=alert(1)>\"}}]}";

    private final MapComponent map = new MapComponent();

    private JsonNode layers() {
        return JsonMapper.builder().build().readTree(map.layersJson());
    }

    @Test
    void layersTravelAsDataWithTheirStylesInOrder() {
        map.setLayer(new MapComponent.Layer(
                "wards", "Wards", "{}", MapComponent.Style.line("#666", 1).dashed(4, 4), true, false));
        map.setLayer(new MapComponent.Layer(
                "sites", "Sites", HOSTILE, MapComponent.Style.points("#fff", "#b00", 7), true, true));

        JsonNode layers = layers();
        assertThat(layers).hasSize(2);
        assertThat(layers.get(0).get("id").asString()).isEqualTo("wards");
        assertThat(layers.get(0).get("style").get("dash").toString()).isEqualTo("[4,4]");
        // The selection outline the map draws is the one the legend shows.
        assertThat(layers.get(1).get("style").get("selected").asString())
                .isEqualTo(MapComponent.Style.SELECTED_OUTLINE);
        assertThat(layers.get(1).get("clickable").asBoolean()).isTrue();
        // The GeoJSON is a string value inside the property: markup in data stays data.
        assertThat(layers.get(1).get("geojson").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void replacingALayerKeepsItsPlaceAndVisibilityCanBeSwitched() {
        map.setLayer(new MapComponent.Layer("a", "A", "{}", MapComponent.Style.line("#000", 1), true, false));
        map.setLayer(new MapComponent.Layer("b", "B", "{}", MapComponent.Style.line("#000", 1), true, false));
        map.setLayer(map.getLayers().getFirst().withGeoJson("{\"changed\":true}"));
        map.setLayerVisible("b", false);

        assertThat(map.getLayers()).extracting(MapComponent.Layer::id).containsExactly("a", "b");
        assertThat(map.isLayerVisible("b")).isFalse();
        assertThat(layers().get(1).get("visible").asBoolean()).isFalse();
        assertThat(layers().get(0).get("geojson").asString()).contains("changed");
        assertThatThrownBy(() -> map.setLayerVisible("missing", true)).isInstanceOf(IllegalArgumentException.class);
        map.removeLayer("a");
        assertThat(layers()).hasSize(1);
    }

    @Test
    void featureClicksAndMapClicksReachTheServer() {
        List<String> clicked = new ArrayList<>();
        List<double[]> picked = new ArrayList<>();
        map.addFeatureClickListener(e -> clicked.add(e.getLayerId() + ":" + e.getFeatureId()));
        map.addMapClickListener(e -> picked.add(new double[] {e.getLongitude(), e.getLatitude()}));

        ComponentUtil.fireEvent(map, new MapComponent.FeatureClickEvent(map, true, "emerald-kalama", "sites"));
        ComponentUtil.fireEvent(map, new MapComponent.MapClickEvent(map, true, -2.75, 53.36));

        assertThat(clicked).containsExactly("sites:emerald-kalama");
        assertThat(picked).singleElement().satisfies(p -> assertThat(p).containsExactly(-2.75, 53.36));
    }

    @Test
    void onlyWebTileUrlsAreAcceptedAndTheAttributionTravelsAsText() {
        map.setTiles("https://tiles.example.org/{z}/{x}/{y}.png", "© Example <b>", "https://example.org/copyright");
        JsonNode tiles = JsonMapper.builder().build().readTree(map.getElement().getProperty("tiles"));
        assertThat(tiles.get("url").asString()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(tiles.get("attribution").asString()).isEqualTo("© Example <b>");
        assertThat(tiles.get("link").asString()).isEqualTo("https://example.org/copyright");
        assertThatThrownBy(() -> map.setTiles("javascript:alert(1)", "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.setTiles("https://tiles.example.org/{z}/{x}/{y}.png", "x", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        map.setTiles(null, null, null);
        assertThat(map.getElement().getProperty("tiles")).isEmpty();
    }

    @Test
    void labelsGroupsAndFlagsTravelWithTheLayer() {
        map.setLayer(new MapComponent.Layer(
                "sites",
                "Sites",
                "{}",
                MapComponent.Style.points("#fff", "#b00", 7),
                true,
                true,
                MapComponent.Options.NONE.withFlags().withLabels(11).withGroups("planId", "address", 15)));
        map.setLayer(new MapComponent.Layer("plain", "Plain", "{}", MapComponent.Style.line("#000", 1), true, false));

        JsonNode sites = layers().get(0);
        assertThat(sites.get("labelsFromZoom").asDouble()).isEqualTo(11);
        assertThat(sites.get("groupBy").asString()).isEqualTo("planId");
        assertThat(sites.get("groupLabel").asString()).isEqualTo("address");
        assertThat(sites.get("groupsUntilZoom").asDouble()).isEqualTo(15);
        assertThat(sites.get("flagged").asBoolean()).isTrue();
        JsonNode plain = layers().get(1);
        assertThat(plain.get("labelsFromZoom").isNull()).isTrue();
        assertThat(plain.get("groupBy").isNull()).isTrue();
        assertThat(plain.get("flagged").asBoolean()).isFalse();
    }
}
