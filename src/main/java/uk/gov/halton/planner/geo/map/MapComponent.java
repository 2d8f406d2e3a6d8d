package uk.gov.halton.planner.geo.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenLayers map of vector layers. Each layer is GeoJSON (WGS84) with one style; layers can be shown or hidden,
 * fitted, and clicked (the server hears the feature's id). Hovering shows a feature's "name" as plain text. The
 * GeoJSON travels as a property value, never inside JavaScript code. Layers may show labels, group features and flag
 * approximate ones ({@link Options}). Works with no network: an XYZ tile background is optional, and when its tiles
 * cannot be loaded the map says so while the vector layers work on.
 */
@Tag("halton-map")
@NpmPackage(value = "ol", version = "10.10.0")
@JsModule("./components/halton-map.js")
public class MapComponent extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How a layer's features are drawn: CSS colours, line width and point radius in pixels. */
    public record Style(String stroke, String fill, double width, double radius, List<Integer> dash) {

        /**
         * The outline of the selected feature, in every layer. halton-map.js draws it from each layer's style, so that
         * a legend and the map cannot disagree. A colour of the map's own, not a Lumo token: OpenLayers paints a canvas
         * that cannot read CSS custom properties, and the map (like the legend's symbols, on the map's paper) stays
         * light in the dark theme, where a theme-following outline would turn pale.
         */
        public static final String SELECTED_OUTLINE = "#000000";

        public static Style line(String stroke, double width) {
            return new Style(stroke, null, width, 0, null);
        }

        public static Style area(String stroke, String fill, double width) {
            return new Style(stroke, fill, width, 0, null);
        }

        public static Style points(String stroke, String fill, double radius) {
            return new Style(stroke, fill, 1.5, radius, null);
        }

        public Style dashed(Integer... pattern) {
            return new Style(stroke, fill, width, radius, List.of(pattern));
        }
    }

    /**
     * How a layer shows more than its style. {@code labelsFromZoom}: each feature's "name" as a label from this zoom
     * on (labels that would overlap are left out; null: no labels). {@code groupBy}: features sharing this
     * property's value (two or more) are drawn as one numbered marker, named by the first member's
     * {@code groupLabel} property, below zoom {@code groupsUntilZoom}; a click on it lists them. {@code flagged}:
     * points whose "positionApproximate" or "approximate" property is true get a dashed ring, and areas whose
     * "indicative" property is true a dashed outline.
     */
    public record Options(
            Double labelsFromZoom, String groupBy, String groupLabel, Double groupsUntilZoom, boolean flagged) {

        public static final Options NONE = new Options(null, null, null, null, false);

        public Options withLabels(double fromZoom) {
            return new Options(fromZoom, groupBy, groupLabel, groupsUntilZoom, flagged);
        }

        public Options withGroups(String property, String labelProperty, double untilZoom) {
            return new Options(labelsFromZoom, property, labelProperty, untilZoom, flagged);
        }

        public Options withFlags() {
            return new Options(labelsFromZoom, groupBy, groupLabel, groupsUntilZoom, true);
        }
    }

    /** A layer: id, title (for legends), GeoJSON FeatureCollection text, style, visibility, clickability, options. */
    public record Layer(
            String id, String title, String geoJson, Style style, boolean visible, boolean clickable, Options options) {

        public Layer {
            options = options == null ? Options.NONE : options;
        }

        public Layer(String id, String title, String geoJson, Style style, boolean visible, boolean clickable) {
            this(id, title, geoJson, style, visible, clickable, Options.NONE);
        }

        public Layer withVisible(boolean value) {
            return new Layer(id, title, geoJson, style, value, clickable, options);
        }

        public Layer withGeoJson(String value) {
            return new Layer(id, title, value, style, visible, clickable, options);
        }
    }

    private final Map<String, Layer> layers = new LinkedHashMap<>();

    public MapComponent() {
        getElement().setAttribute("aria-label", "Map. Arrow keys pan, plus and minus keys zoom.");
        setHeight("480px");
        push();
    }

    /** Adds a layer, or replaces the layer with the same id (keeping its place in the drawing order). */
    public void setLayer(Layer layer) {
        layers.put(layer.id(), layer);
        push();
    }

    public void removeLayer(String id) {
        layers.remove(id);
        push();
    }

    public List<Layer> getLayers() {
        return new ArrayList<>(layers.values());
    }

    public void setLayerVisible(String id, boolean visible) {
        Layer layer = layers.get(id);
        if (layer == null) {
            throw new IllegalArgumentException("No layer " + id);
        }
        layers.put(id, layer.withVisible(visible));
        push();
    }

    public boolean isLayerVisible(String id) {
        Layer layer = layers.get(id);
        return layer != null && layer.visible();
    }

    /** Zooms to a layer's features; null fits every layer. */
    public void fitTo(String layerId) {
        getElement().callJsFunction("fit", layerId);
    }

    /** Highlights one feature by id (null clears). */
    public void select(String featureId) {
        getElement().callJsFunction("select", featureId);
    }

    /** When on, a click on the map reports its position (a {@link MapClickEvent}) instead of picking features. */
    public void setPickMode(boolean on) {
        getElement().setProperty("pickMode", on);
    }

    /**
     * An optional XYZ tile background ({x}, {y}, {z} template) with its attribution, shown as a link when it has one;
     * a null or blank template removes it. The attribution travels as text and is shown as text.
     */
    public void setTiles(String urlTemplate, String attribution, String attributionUrl) {
        if (urlTemplate == null || urlTemplate.isBlank()) {
            getElement().setProperty("tiles", "");
            return;
        }
        if (!isWebAddress(urlTemplate)) {
            throw new IllegalArgumentException("A tile URL starts with https:// or http://");
        }
        String link = attributionUrl == null || attributionUrl.isBlank() ? "" : attributionUrl;
        if (!link.isEmpty() && !isWebAddress(link)) {
            throw new IllegalArgumentException("An attribution link starts with https:// or http://");
        }
        getElement()
                .setProperty(
                        "tiles",
                        JSON.writeValueAsString(Map.of(
                                "url",
                                urlTemplate,
                                "attribution",
                                attribution == null ? "" : attribution,
                                "link",
                                link)));
    }

    private static boolean isWebAddress(String value) {
        return value.startsWith("https://") || value.startsWith("http://");
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    /** The JSON the client receives, exposed for tests. */
    String layersJson() {
        return getElement().getProperty("layers");
    }

    private void push() {
        List<Map<String, Object>> specs = new ArrayList<>();
        for (Layer layer : layers.values()) {
            Map<String, Object> style = new LinkedHashMap<>();
            style.put("stroke", layer.style().stroke());
            style.put("fill", layer.style().fill());
            style.put("width", layer.style().width());
            style.put("radius", layer.style().radius());
            style.put("dash", layer.style().dash());
            style.put("selected", Style.SELECTED_OUTLINE);
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("id", layer.id());
            spec.put("geojson", layer.geoJson());
            spec.put("style", style);
            spec.put("visible", layer.visible());
            spec.put("clickable", layer.clickable());
            Options options = layer.options();
            spec.put("labelsFromZoom", options.labelsFromZoom());
            spec.put("groupBy", options.groupBy());
            spec.put("groupLabel", options.groupLabel());
            spec.put("groupsUntilZoom", options.groupsUntilZoom());
            spec.put("flagged", options.flagged());
            specs.add(spec);
        }
        getElement().setProperty("layers", JSON.writeValueAsString(specs));
    }

    /** A feature of a clickable layer was clicked. */
    @DomEvent("feature-click")
    public static class FeatureClickEvent extends ComponentEvent<MapComponent> {

        private final String featureId;
        private final String layerId;

        public FeatureClickEvent(
                MapComponent source,
                boolean fromClient,
                @EventData("event.detail.id") String featureId,
                @EventData("event.detail.layer") String layerId) {
            super(source, fromClient);
            this.featureId = featureId;
            this.layerId = layerId;
        }

        public String getFeatureId() {
            return featureId;
        }

        public String getLayerId() {
            return layerId;
        }
    }

    /** The map was clicked in pick mode, at this WGS84 position. */
    @DomEvent("map-click")
    public static class MapClickEvent extends ComponentEvent<MapComponent> {

        private final double longitude;
        private final double latitude;

        public MapClickEvent(
                MapComponent source,
                boolean fromClient,
                @EventData("event.detail.lon") double longitude,
                @EventData("event.detail.lat") double latitude) {
            super(source, fromClient);
            this.longitude = longitude;
            this.latitude = latitude;
        }

        public double getLongitude() {
            return longitude;
        }

        public double getLatitude() {
            return latitude;
        }
    }
}
