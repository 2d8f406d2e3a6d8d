package uk.gov.halton.planner.base;

import java.net.URI;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The maps' background: one setting, {@code planner.map.tiles.url}. Unset, it is OpenStreetMap's standard tiles with
 * their attribution; {@code none} switches the background off; any other value is an XYZ template on one fixed host
 * ({@code https://tiles.example.org/{z}/{x}/{y}.png}), then with {@code planner.map.tiles.attribution} (text) and
 * {@code planner.map.tiles.attribution-url} (its link). The Content-Security-Policy admits images from this host only,
 * so the policy and the maps cannot disagree.
 */
@ConfigurationProperties("planner.map.tiles")
public record MapTiles(String url, String attribution, String attributionUrl) {

    public static final String OPEN_STREET_MAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";
    static final String OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

    public MapTiles {
        url = url == null ? OPEN_STREET_MAP : url.strip();
        if (url.isEmpty() || url.equalsIgnoreCase("none")) {
            url = "";
            attribution = "";
            attributionUrl = "";
        } else {
            origin(url)
                    .orElseThrow(() -> new IllegalArgumentException("planner.map.tiles.url must be \"none\" or "
                            + "an http(s) tile address on one fixed host, such as " + OPEN_STREET_MAP));
            boolean osm = url.equals(OPEN_STREET_MAP);
            attribution = attribution != null ? attribution.strip() : osm ? OSM_ATTRIBUTION : "";
            attributionUrl = attributionUrl != null ? attributionUrl.strip() : osm ? OSM_COPYRIGHT : "";
            if (!attributionUrl.isEmpty() && !attributionUrl.matches("https?://\\S+")) {
                throw new IllegalArgumentException("planner.map.tiles.attribution-url must be an http(s) address");
            }
        }
    }

    /** OpenStreetMap's tiles, as when nothing is set. */
    public static MapTiles defaults() {
        return new MapTiles(null, null, null);
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /** Where tiles come from, as a Content-Security-Policy source ("https://tile.openstreetmap.org"); empty when off. */
    public Optional<String> origin() {
        return enabled() ? origin(url) : Optional.empty();
    }

    private static Optional<String> origin(String template) {
        if (!template.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/\\S*")) {
            return Optional.empty();
        }
        URI uri = URI.create(template.substring(0, template.indexOf('/', template.indexOf("//") + 2)));
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }
}
