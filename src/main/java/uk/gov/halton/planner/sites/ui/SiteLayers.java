package uk.gov.halton.planner.sites.ui;

import uk.gov.halton.planner.geo.map.MapComponent;
import uk.gov.halton.planner.geo.map.MapComponent.Options;
import uk.gov.halton.planner.geo.map.MapComponent.Style;
import uk.gov.halton.planner.sites.SiteService;

import java.util.List;

/** The map layers of the site map, in drawing order, with the legend colours shown beside the switcher. */
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

    private SiteLayers() {
    }

    static List<MapComponent.Layer> all(SiteService service) {
        return List.of(
                new MapComponent.Layer(BOROUGH, "Borough outline (indicative)", service.layerGeoJson("BOROUGH"),
                        Style.area("#1f2937", "rgba(0,0,0,0.02)", 2), true, false),
                new MapComponent.Layer(WARDS, "Wards (indicative)", service.layerGeoJson("WARD"),
                        Style.area("#6b7280", "rgba(0,0,0,0)", 1).dashed(4, 4), true, false),
                new MapComponent.Layer(ZONES, "Public information zones", service.zonesGeoJson(),
                        Style.area("#b45309", "rgba(245,158,11,0.15)", 2), true, true, Options.NONE.withFlags()),
                new MapComponent.Layer(RECEPTORS, "Vulnerable receptors (approximate)",
                        service.layerGeoJson("RECEPTOR"), Style.points("#ffffff", "#2563eb", 4), true, false),
                new MapComponent.Layer(SITES, "COMAH sites", service.sitesGeoJson(),
                        Style.points("#ffffff", "#b91c1c", 7), true, true, Options.NONE.withFlags()
                        .withLabels(LABELS_FROM_ZOOM).withGroups("planId", "address", GROUPS_UNTIL_ZOOM)));
    }

    static String swatch(String layerId) {
        return switch (layerId) {
            case BOROUGH -> "#1f2937";
            case WARDS -> "#6b7280";
            case ZONES -> "#f59e0b";
            case RECEPTORS -> "#2563eb";
            default -> "#b91c1c";
        };
    }
}
