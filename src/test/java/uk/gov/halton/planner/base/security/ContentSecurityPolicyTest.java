package uk.gov.halton.planner.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.MapTiles;

/** Images may come from this server and from the one tile host the maps use; from no other. */
class ContentSecurityPolicyTest {

    private static String imgSrc(MapTiles tiles) {
        String csp = SecurityConfig.contentSecurityPolicy(tiles);
        String directive = csp.substring(csp.indexOf("img-src"));
        return directive.substring(0, directive.indexOf(';'));
    }

    @Test
    void byDefaultOpenStreetMapsTileHostAndNoOther() {
        assertThat(imgSrc(MapTiles.defaults())).isEqualTo("img-src 'self' data: blob: https://tile.openstreetmap.org");
        assertThat(SecurityConfig.contentSecurityPolicy(MapTiles.defaults()))
                .contains("default-src 'self';", "connect-src 'self';")
                .containsOnlyOnce("openstreetmap");
    }

    @Test
    void anotherTileServerReplacesIt() {
        assertThat(imgSrc(new MapTiles("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", "© Example", null)))
                .isEqualTo("img-src 'self' data: blob: https://tiles.example.org:8443");
    }

    @Test
    void withTheBackgroundOffNoTileHost() {
        for (String off : new String[] {"none", "NONE", "", "  "}) {
            MapTiles tiles = new MapTiles(off, null, null);
            assertThat(tiles.enabled()).as(off).isFalse();
            assertThat(imgSrc(tiles)).as(off).isEqualTo("img-src 'self' data: blob:");
            assertThat(SecurityConfig.contentSecurityPolicy(tiles)).as(off).doesNotContain("http");
        }
    }

    @Test
    void theSettingIsReadFromTheApplicationsProperties() {
        assertThat(bind(java.util.Map.of())).isEqualTo(MapTiles.defaults());
        MapTiles off = bind(java.util.Map.of("planner.map.tiles.url", "none"));
        assertThat(off.enabled()).isFalse();
        assertThat(imgSrc(off)).isEqualTo("img-src 'self' data: blob:");
        MapTiles other = bind(java.util.Map.of(
                "planner.map.tiles.url",
                "https://maps.example.org/{z}/{x}/{y}.png",
                "planner.map.tiles.attribution",
                "© Example",
                "planner.map.tiles.attribution-url",
                "https://maps.example.org/terms"));
        assertThat(other.attribution()).isEqualTo("© Example");
        assertThat(imgSrc(other)).isEqualTo("img-src 'self' data: blob: https://maps.example.org");
    }

    private static MapTiles bind(java.util.Map<String, String> properties) {
        return new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                                properties))
                .bindOrCreate("planner.map.tiles", MapTiles.class);
    }

    @Test
    void aTileAddressThatIsNotOneWebHostStopsTheStartSayingWhy() {
        for (String bad : new String[] {
            "javascript:alert(1)",
            "https://{a-c}.tiles.example.org/{z}/{x}/{y}.png",
            "https://tiles.example.org; script-src *",
            "ftp://tiles.example.org/{z}/{x}/{y}.png",
            "osm"
        }) {
            assertThatThrownBy(() -> new MapTiles(bad, null, null))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("planner.map.tiles.url");
        }
        assertThatThrownBy(() -> new MapTiles(null, "© OpenStreetMap contributors", "javascript:alert(1)"))
                .hasMessageContaining("attribution-url");
    }

    @Test
    void openStreetMapsAttributionComesWithItsTilesOnly() {
        assertThat(MapTiles.defaults().attribution()).isEqualTo("© OpenStreetMap contributors");
        assertThat(MapTiles.defaults().attributionUrl()).isEqualTo("https://www.openstreetmap.org/copyright");
        MapTiles other = new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", null, null);
        assertThat(other.attribution()).isEmpty();
        assertThat(other.attributionUrl()).isEmpty();
    }
}
