package uk.gov.halton.planner.sites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.geo.map.MapComponent.Style;

/** The key to the site map draws each layer's symbol in the colours the map itself uses (SiteLayers' styles). */
class MapLegendTest {

    private final List<ListItem> items = new MapLegend(new MapTiles("none", null, null))
            .getContent()
            .flatMap(c -> c.getChildren())
            .filter(ListItem.class::isInstance)
            .map(ListItem.class::cast)
            .toList();

    @Test
    void eachSymbolIsDrawnInItsLayersColours() {
        assertThat(items).hasSize(9);
        assertDrawnIn("COMAH top-tier site", SiteLayers.SITE_STYLE);
        assertDrawnIn("Vulnerable receptor", SiteLayers.RECEPTOR_STYLE);
        assertDrawnIn("Public information zone", SiteLayers.ZONE_STYLE);
        assertThat(symbol("Borough outline")).contains("stroke='" + SiteLayers.BOROUGH_STYLE.stroke() + "'");
        assertThat(symbol("Ward boundaries"))
                .contains("stroke='" + SiteLayers.WARD_STYLE.stroke() + "'")
                .contains("stroke-dasharray='4 4'");
        // The approximate-position ring is drawn in the site colour, as the map draws it.
        assertThat(symbol("Dashed ring")).contains("stroke='" + SiteLayers.SITE_STYLE.fill() + "'");
    }

    @Test
    void theSwatchBesideEachSwitchIsItsLayersColour() {
        assertThat(SiteLayers.swatch(SiteLayers.SITES)).isEqualTo(SiteLayers.SITE_STYLE.fill());
        assertThat(SiteLayers.swatch(SiteLayers.RECEPTORS)).isEqualTo(SiteLayers.RECEPTOR_STYLE.fill());
        assertThat(SiteLayers.swatch(SiteLayers.ZONES)).isEqualTo(SiteLayers.ZONE_STYLE.stroke());
        assertThat(SiteLayers.swatch(SiteLayers.BOROUGH)).isEqualTo(SiteLayers.BOROUGH_STYLE.stroke());
    }

    private void assertDrawnIn(String text, Style style) {
        assertThat(symbol(text)).as(text).contains("fill='" + style.fill() + "'", "stroke='" + style.stroke() + "'");
    }

    private String symbol(String textStart) {
        ListItem item = items.stream()
                .filter(i -> i.getElement().getTextRecursively().startsWith(textStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No legend item starting " + textStart));
        return item.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
    }
}
