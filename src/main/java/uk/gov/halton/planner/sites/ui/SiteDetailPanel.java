package uk.gov.halton.planner.sites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.halton.planner.sites.SiteDetail;
import uk.gov.halton.planner.sites.SiteSummary;
import uk.gov.halton.planner.sites.ZoneReport;

/** Read-only facts about one site and what lies in its public information zone. */
class SiteDetailPanel extends Div {

    SiteDetailPanel(SiteDetail detail) {
        addClassName("site-detail");
        SiteSummary s = detail.summary();
        add(new H2(s.name()));
        if (s.positionApproximate()) {
            Span flag = new Span("Approximate position");
            flag.addClassNames("flag", "flag-approximate");
            add(flag, note(detail.positionNote()));
        }
        if (detail.confirmation() != null) {
            add(note(SiteEditor.confirmationText(detail)));
        }
        if (s.newlyTopTier()) {
            Span flag = new Span("Newly top tier");
            flag.addClassNames("flag", "flag-new");
            add(flag, note(detail.newlyTopTierNote()));
        }
        add(fact("Operator", s.operator()));
        if (!detail.operatorHistory().isEmpty()) {
            UnorderedList history = new UnorderedList();
            for (SiteDetail.OperatorEntry e : detail.operatorHistory()) {
                String until = e.until() == null || e.until().isBlank() ? "" : " (until " + e.until() + ")";
                ListItem item = new ListItem(e.name() + until);
                if (e.note() != null) {
                    item.setTitle(e.note());
                    item.add(new Paragraph(e.note()));
                }
                history.add(item);
            }
            history.addClassName("operator-history");
            add(fact("Operator history", ""), history);
        }
        add(
                fact("Address", s.address()),
                fact("Town", s.town()),
                fact("Tier", capitalised(detail.tier())),
                fact("Off-site plan", s.planTitle()),
                fact(
                        "Position",
                        String.format(
                                "%.5f N, %.5f %s  (grid %d, %d)",
                                detail.latitude(),
                                Math.abs(detail.longitude()),
                                detail.longitude() < 0 ? "W" : "E",
                                Math.round(detail.easting()),
                                Math.round(detail.northing()))),
                fact("Public information zone", zoneText(detail)));
        if (detail.hazards() != null) {
            add(fact("Hazards", detail.hazards()));
        }
        if (detail.zone() != null) {
            addZone(detail.zone());
        }
        if (detail.note() != null) {
            add(new H3("Notes"), new Paragraph(detail.note()));
        }
    }

    private void addZone(ZoneReport zone) {
        add(new H3("In the zone"));
        if (zone.receptorCount() == 0) {
            add(new Paragraph("No recorded receptors lie in this zone."));
        } else {
            UnorderedList receptors = new UnorderedList();
            receptors.addClassName("zone-receptors");
            for (Map.Entry<String, List<String>> e : zone.receptorsByCategory().entrySet()) {
                receptors.add(new ListItem(categoryName(e.getKey()) + " ("
                        + e.getValue().size() + "): " + String.join(", ", e.getValue())));
            }
            add(receptors);
        }
        add(fact("Wards reached (PIZ letter)", zone.wards().isEmpty() ? "None" : String.join(", ", zone.wards())));
        add(fact(
                "Overlapping zones (possible domino group)",
                zone.overlapping().isEmpty()
                        ? "None"
                        : String.join(
                                ", ",
                                zone.overlapping().stream()
                                        .map(SiteSummary::name)
                                        .toList())));
        if (zone.nearest() != null) {
            add(fact(
                    "Nearest other site",
                    zone.nearest().name() + String.format(", %.1f km", zone.nearestDistanceMetres() / 1000)));
        }
    }

    private static String zoneText(SiteDetail d) {
        String shape = d.zoneIsPolygon() ? "drawn polygon" : String.format("%,d m radius", d.zoneRadiusMetres());
        return shape + (d.zoneIndicative() ? " (indicative: HSE sets the zone; not published)" : "");
    }

    private static Component fact(String label, String value) {
        Div fact = new Div();
        fact.addClassName("fact");
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        fact.add(name, text);
        return fact;
    }

    private static Component note(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("note");
        return p;
    }

    static String categoryName(String category) {
        return switch (category) {
            case "hospital" -> "Hospitals";
            case "school" -> "Schools";
            case "care-home" -> "Care homes";
            case "nursery" -> "Nurseries";
            case "leisure" -> "Leisure";
            case "transport" -> "Transport";
            default -> capitalised(category);
        };
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
