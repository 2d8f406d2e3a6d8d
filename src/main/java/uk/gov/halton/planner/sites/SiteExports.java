package uk.gov.halton.planner.sites;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.base.PlannerZone;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.sites.domain.GeoFeature;
import uk.gov.halton.planner.sites.domain.GeoFeatures;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.Sites;

/** The register for other tools: GeoJSON of the sites, their zones and the reference layers, and CSV. */
@Component
class SiteExports {

    private final Sites sites;
    private final GeoFeatures layers;

    SiteExports(Sites sites, GeoFeatures layers) {
        this.sites = sites;
        this.layers = layers;
    }

    /** The sites as a GeoJSON FeatureCollection of points (WGS84), for GIS tools and the map. */
    String sitesGeoJson() {
        return GeoJson.write(sites.findAllByOrderByName().stream()
                .map(s -> new Feature(
                        s.getId(),
                        BritishNationalGrid.WGS84.createPoint(new Coordinate(s.getLongitude(), s.getLatitude())),
                        siteProperties(s)))
                .toList());
    }

    /** Each site's public information zone as a polygon (WGS84). */
    String zonesGeoJson() {
        return GeoJson.write(sites.findAllByOrderByName().stream()
                .map(s -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("siteId", s.getId());
                    p.put("name", "Public information zone: " + s.getName());
                    p.put("radiusMetres", s.getPizRadiusMetres());
                    p.put("indicative", s.isPizIndicative());
                    return new Feature(
                            s.getId(),
                            BritishNationalGrid.toWgs84(ZoneAnalysis.zoneSite(s).zone()),
                            p);
                })
                .toList());
    }

    /** A reference layer (BOROUGH, WARD or RECEPTOR) as GeoJSON (WGS84). */
    String layerGeoJson(String layer) {
        GeoFeature.Layer which = GeoFeature.Layer.valueOf(layer);
        return GeoJson.write(layers.findByKeyLayerOrderByName(which.name()).stream()
                .map(f -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("name", f.getName());
                    if (f.getCategory() != null) {
                        p.put("category", f.getCategory());
                    }
                    if (f.getTown() != null) {
                        p.put("town", f.getTown());
                    }
                    p.put("approximate", f.isApproximate());
                    return new Feature(f.getId(), GeoJson.readGeometry(f.getGeometry()), p);
                })
                .toList());
    }

    /** The register as CSV; cells that a spreadsheet would run as a formula are neutralised. */
    String sitesCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "id",
                                "name",
                                "operator",
                                "address",
                                "town",
                                "tier",
                                "plan",
                                "latitude",
                                "longitude",
                                "easting",
                                "northing",
                                "position approximate",
                                "zone radius (m)",
                                "zone polygon",
                                "newly top tier",
                                "position confirmed by",
                                "position confirmed on",
                                "position confirmation source")
                        .get())) {
            for (Site s : sites.findAllByOrderByName()) {
                Coordinate grid = BritishNationalGrid.toBng(s.getLongitude(), s.getLatitude());
                csv.printRecord(
                        CsvCells.neutralise(s.getId()),
                        CsvCells.neutralise(s.getName()),
                        CsvCells.neutralise(s.getOperator()),
                        CsvCells.neutralise(s.getAddress()),
                        CsvCells.neutralise(s.getTown()),
                        CsvCells.neutralise(s.getTier()),
                        CsvCells.neutralise(s.getPlanTitle()),
                        String.format("%.6f", s.getLatitude()),
                        String.format("%.6f", s.getLongitude()),
                        Math.round(grid.x),
                        Math.round(grid.y),
                        s.isPositionApproximate() ? "yes" : "no",
                        s.getPizRadiusMetres() == null ? "" : s.getPizRadiusMetres(),
                        s.getPizPolygon() == null ? "no" : "yes",
                        s.isNewlyTopTier() ? "yes" : "no",
                        CsvCells.neutralise(s.getPositionConfirmedBy()),
                        s.getPositionConfirmedAt() == null
                                ? ""
                                : s.getPositionConfirmedAt()
                                        .atZone(PlannerZone.zone())
                                        .toLocalDate(),
                        CsvCells.neutralise(s.getPositionConfirmationSource()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Object> siteProperties(Site s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", s.getName());
        p.put("operator", s.getOperator());
        p.put("address", s.getAddress());
        p.put("town", s.getTown());
        p.put("tier", s.getTier());
        p.put("planId", s.getPlanId());
        p.put("planTitle", s.getPlanTitle());
        p.put("pizRadiusMetres", s.getPizRadiusMetres());
        p.put("pizIndicative", s.isPizIndicative());
        p.put("positionApproximate", s.isPositionApproximate());
        if (s.getPositionConfirmedAt() != null) {
            p.put("positionConfirmedBy", s.getPositionConfirmedBy());
            p.put(
                    "positionConfirmedOn",
                    s.getPositionConfirmedAt()
                            .atZone(PlannerZone.zone())
                            .toLocalDate()
                            .toString());
            p.put("positionConfirmationSource", s.getPositionConfirmationSource());
        }
        p.put("newlyTopTier", s.isNewlyTopTier());
        if (s.getPizPolygon() != null) {
            p.put("pizPolygon", GeoJson.parseObject(s.getPizPolygon()));
        }
        return p;
    }
}
