package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import uk.gov.halton.planner.base.MapTiles;
import uk.gov.halton.planner.geo.map.MapComponent.Style;

/** The key to the site map: every symbol it draws and what its flags mean, in plain words. */
final class MapLegend extends Details {

    MapLegend(MapTiles tiles) {
        super("Key to the map");
        addClassName("map-legend");
        setOpened(true);
        UnorderedList items = new UnorderedList(
                item(
                        SITE,
                        "COMAH top-tier site. Click it, or choose it in the list, to read about it. Names show "
                                + "from the borough-wide zoom; a name that would overlap another is left out until you zoom "
                                + "in (hover a symbol to read its name)."),
                item(
                        SITE_APPROXIMATE,
                        "Dashed ring: approximate position. No public coordinates were found, so "
                                + "the site is placed from its address or area and may be several hundred metres out. A "
                                + "planner should move it to the real position; the list marks it ≈."),
                item(
                        GROUP,
                        "Numbered circle: sites that share one area, such as the operators of the Runcorn Site "
                                + "at Weston Point. Click it to list them and choose one; zoom in to see them apart."),
                item(SELECTED, "Thick dark outline: the site you are reading."),
                item(
                        ZONE,
                        "Public information zone, where people must be sent safety information. Dashed outline: "
                                + "indicative. HSE does not publish the zones, so it is a circle of the recorded radius "
                                + "around the site's position, not the official zone."),
                item(
                        RECEPTOR,
                        "Vulnerable receptor: hospital, school, care home, nursery, leisure or transport. "
                                + "Approximate positions."),
                item(BOROUGH, "Borough outline: simplified and indicative, not an Ordnance Survey boundary."),
                item(WARD, "Ward boundaries: indicative shapes, not the official ones."),
                item(
                        BACKGROUND,
                        tiles.enabled()
                                ? "Background map" + (tiles.attribution().isBlank() ? "" : ": " + tiles.attribution())
                                        + ". When it cannot be reached the map says so, and everything above still shows."
                                : "No background map: it is switched off on this server."));
        items.addClassName("legend-items");
        add(items);
    }

    private static ListItem item(String svg, String text) {
        Span symbol = new Span();
        symbol.addClassName("legend-symbol");
        // Fixed markup from the constants below, never data: each symbol drawn as the map draws it.
        symbol.getElement().setProperty("innerHTML", svg);
        symbol.getElement().setAttribute("aria-hidden", "true");
        ListItem item = new ListItem(symbol, new Div(text));
        item.addClassName("legend-item");
        return item;
    }

    // Colours, widths and radii come from the map's own styles (SiteLayers); only the geometry of each little
    // drawing is the legend's. The selected outline and a group's white number are drawn so by halton-map.js.
    private static final Style SITES = SiteLayers.SITE_STYLE;
    private static final String PAPER = "<rect width='26' height='26' style='fill: var(--halton-map-paper)'/>";
    private static final String DOT = circle(SITES.radius(), SITES.fill(), SITES.stroke(), SITES.width(), "");
    private static final String SITE = svg(DOT);
    private static final String SITE_APPROXIMATE = svg(circle(11, "none", SITES.fill(), 2, "3 3") + DOT);
    private static final String GROUP = svg(circle(11, SITES.fill(), SITES.stroke(), 2, "")
            + "<text x='13' y='17.5' text-anchor='middle' font-size='12' font-weight='700' "
            + "font-family='sans-serif' fill='" + SiteLayers.GROUP_NUMBER + "'>6</text>");
    private static final String SELECTED = svg(circle(9, SITES.fill(), Style.SELECTED_OUTLINE, 3.5, ""));
    private static final String ZONE = svg(circle(
            10, SiteLayers.ZONE_STYLE.fill(), SiteLayers.ZONE_STYLE.stroke(), SiteLayers.ZONE_STYLE.width(), "5 3"));
    private static final String RECEPTOR = svg(circle(
            SiteLayers.RECEPTOR_STYLE.radius(),
            SiteLayers.RECEPTOR_STYLE.fill(),
            SiteLayers.RECEPTOR_STYLE.stroke(),
            SiteLayers.RECEPTOR_STYLE.width(),
            ""));
    private static final String BOROUGH = svg(area(SiteLayers.BOROUGH_STYLE));
    private static final String WARD = svg(area(SiteLayers.WARD_STYLE));
    private static final String BACKGROUND = svg("<path d='M0 17 C6 14 10 20 26 12' fill='none' stroke='#9ca3af' "
            + "stroke-width='3'/><path d='M8 0 L12 26' stroke='#d1d5db' stroke-width='2'/>");

    private static String circle(double radius, String fill, String stroke, double width, String dash) {
        return "<circle cx='13' cy='13' r='" + radius + "' fill='" + fill + "' stroke='" + stroke + "' stroke-width='"
                + width + "'" + (dash.isEmpty() ? "" : " stroke-dasharray='" + dash + "'") + "/>";
    }

    /** A small borough-like shape, outlined as the layer's areas are. */
    private static String area(Style style) {
        String dash = style.dash() == null
                ? ""
                : " stroke-dasharray='"
                        + style.dash().stream().map(String::valueOf).collect(Collectors.joining(" ")) + "'";
        return "<path d='M4 18 L9 6 L20 5 L23 16 L14 22 Z' fill='" + style.fill() + "' stroke='" + style.stroke()
                + "' stroke-width='" + style.width() + "'" + dash + "/>";
    }

    private static String svg(String body) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 26 26' focusable='false'>" + PAPER + body
                + "</svg>";
    }
}
