package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.gov.halton.planner.base.MapTiles;

/** The key to the site map: every symbol it draws and what its flags mean, in plain words. */
final class MapLegend extends Details {

    MapLegend(MapTiles tiles) {
        super("Key to the map");
        addClassName("map-legend");
        setOpened(true);
        UnorderedList items = new UnorderedList(
                item(SITE, "COMAH top-tier site. Click it, or choose it in the list, to read about it. Names show "
                        + "from the borough-wide zoom; a name that would overlap another is left out until you zoom "
                        + "in (hover a symbol to read its name)."),
                item(SITE_APPROXIMATE, "Dashed ring: approximate position. No public coordinates were found, so "
                        + "the site is placed from its address or area and may be several hundred metres out. A "
                        + "planner should move it to the real position; the list marks it ≈."),
                item(GROUP, "Numbered circle: sites that share one area, such as the operators of the Runcorn Site "
                        + "at Weston Point. Click it to list them and choose one; zoom in to see them apart."),
                item(SELECTED, "Thick dark outline: the site you are reading."),
                item(ZONE, "Public information zone, where people must be sent safety information. Dashed outline: "
                        + "indicative. HSE does not publish the zones, so it is a circle of the recorded radius "
                        + "around the site's position, not the official zone."),
                item(RECEPTOR, "Vulnerable receptor: hospital, school, care home, nursery, leisure or transport. "
                        + "Approximate positions."),
                item(BOROUGH, "Borough outline: simplified and indicative, not an Ordnance Survey boundary."),
                item(WARD, "Ward boundaries: indicative shapes, not the official ones."),
                item(BACKGROUND, tiles.enabled()
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

    private static final String PAPER = "<rect width='26' height='26' fill='#f4f3ef'/>";
    private static final String DOT = "<circle cx='13' cy='13' r='7' fill='#b91c1c' stroke='#fff' stroke-width='1.5'/>";
    private static final String SITE = svg(DOT);
    private static final String SITE_APPROXIMATE = svg("<circle cx='13' cy='13' r='11' fill='none' stroke='#b91c1c' "
            + "stroke-width='2' stroke-dasharray='3 3'/>" + DOT);
    private static final String GROUP = svg("<circle cx='13' cy='13' r='11' fill='#b91c1c' stroke='#fff' "
            + "stroke-width='2'/><text x='13' y='17.5' text-anchor='middle' font-size='12' font-weight='700' "
            + "font-family='sans-serif' fill='#fff'>6</text>");
    private static final String SELECTED = svg("<circle cx='13' cy='13' r='9' fill='#b91c1c' stroke='#000' "
            + "stroke-width='3.5'/>");
    private static final String ZONE = svg("<circle cx='13' cy='13' r='10' fill='rgba(245,158,11,0.25)' "
            + "stroke='#b45309' stroke-width='2' stroke-dasharray='5 3'/>");
    private static final String RECEPTOR = svg("<circle cx='13' cy='13' r='4' fill='#2563eb' stroke='#fff' "
            + "stroke-width='1.5'/>");
    private static final String BOROUGH = svg("<path d='M4 18 L9 6 L20 5 L23 16 L14 22 Z' fill='none' "
            + "stroke='#1f2937' stroke-width='2'/>");
    private static final String WARD = svg("<path d='M4 18 L9 6 L20 5 L23 16 L14 22 Z' fill='none' "
            + "stroke='#6b7280' stroke-width='1' stroke-dasharray='4 4'/>");
    private static final String BACKGROUND = svg("<path d='M0 17 C6 14 10 20 26 12' fill='none' stroke='#9ca3af' "
            + "stroke-width='3'/><path d='M8 0 L12 26' stroke='#d1d5db' stroke-width='2'/>");

    private static String svg(String body) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 26 26' focusable='false'>" + PAPER + body
                + "</svg>";
    }
}
