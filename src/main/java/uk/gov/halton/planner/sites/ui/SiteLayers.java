package uk.gov.halton.planner.sites.ui;

import java.util.List;
import uk.gov.halton.planner.geo.map.MapComponent;
import uk.gov.halton.planner.geo.map.MapComponent.Options;
import uk.gov.halton.planner.geo.map.MapComponent.Style;
import uk.gov.halton.planner.sites.SiteService;

/**
 * The map layers of the site map, in drawing order, and how each is drawn: the one place its colours are written. The
 * map, the swatches beside the layer switcher and the key to the map ({@link MapLegend}) all read the styles below.
 */
final class SiteLayers {

    static final String BOROUGH = "borough";
    static final String WARDS = "wards";
    static final String ZONES = "zones";
    static final String RECEPTORS = "receptors";
    static final String SITES = "sites";

    /** Site names from the zoom that shows the whole borough on a phone; overlapping names give way. */
    static final double LABELS_FROM_ZOOM = 10;
    /**
     * Sites under one plan (the six operators of the Runcorn Site at Weston Point) are one numbered marker below this
     * zoom: their positions are only offsets around the area's approximate centre, a few hundred metres apart.
     */
    static final double GROUPS_UNTIL_ZOOM = 15;

    // The map's own colours, not Lumo's: OpenLayers paints a canvas that cannot read CSS tokens, and the map lies on
    // its light paper in both themes.
    static final Style BOROUGH_STYLE = Style.area("#1f2937", "rgba(0,0,0,0.02)", 2);
    static final Style WARD_STYLE = Style.area("#6b7280", "rgba(0,0,0,0)", 1).dashed(4, 4);
    static final Style ZONE_STYLE = Style.area("#b45309", "rgba(245,158,11,0.15)", 2);
    static final Style RECEPTOR_STYLE = Style.points("#ffffff", "#2563eb", 4);
    static final Style SITE_STYLE = Style.points("#ffffff", "#b91c1c", 7);
    /** As halton-map.js draws it: a group marker's number, in the sites' outline colour. */
    static final String GROUP_NUMBER = SITE_STYLE.stroke();

    private SiteLayers() {}

    static List<MapComponent.Layer> all(SiteService service) {
        return List.of(
                new MapComponent.Layer(
                        BOROUGH,
                        "Borough outline (indicative)",
                        service.layerGeoJson("BOROUGH"),
                        BOROUGH_STYLE,
                        true,
                        false),
                new MapComponent.Layer(
                        WARDS, "Wards (indicative)", service.layerGeoJson("WARD"), WARD_STYLE, true, false),
                new MapComponent.Layer(
                        ZONES,
                        "Public information zones",
                        service.zonesGeoJson(),
                        ZONE_STYLE,
                        true,
                        true,
                        Options.NONE.withFlags()),
                new MapComponent.Layer(
                        RECEPTORS,
                        "Vulnerable receptors (approximate)",
                        service.layerGeoJson("RECEPTOR"),
                        RECEPTOR_STYLE,
                        true,
                        false),
                new MapComponent.Layer(
                        SITES,
                        "COMAH sites",
                        service.sitesGeoJson(),
                        SITE_STYLE,
                        true,
                        true,
                        Options.NONE
                                .withFlags()
                                .withLabels(LABELS_FROM_ZOOM)
                                .withGroups("planId", "address", GROUPS_UNTIL_ZOOM)));
    }

    /** The colour that stands for a layer beside its switch: a point's fill, an area's outline. */
    static String swatch(String layerId) {
        Style style = switch (layerId) {
            case BOROUGH -> BOROUGH_STYLE;
            case WARDS -> WARD_STYLE;
            case ZONES -> ZONE_STYLE;
            case RECEPTORS -> RECEPTOR_STYLE;
            default -> SITE_STYLE;
        };
        return style.radius() > 0 ? style.fill() : style.stroke();
    }
}
