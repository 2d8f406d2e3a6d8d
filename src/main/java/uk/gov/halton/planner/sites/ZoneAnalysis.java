package uk.gov.halton.planner.sites;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.ZoneAnalyser;
import uk.gov.halton.planner.geo.Zones;
import uk.gov.halton.planner.sites.domain.GeoFeature;
import uk.gov.halton.planner.sites.domain.GeoFeatures;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.Sites;

/**
 * The zone analysis: for each site, the receptors and wards inside its public information zone, the sites whose
 * zones overlap it and the nearest other site, worked out in British National Grid metres.
 */
@Component
class ZoneAnalysis {

    private final Sites sites;
    private final GeoFeatures layers;

    ZoneAnalysis(Sites sites, GeoFeatures layers) {
        this.sites = sites;
        this.layers = layers;
    }

    /** The zone analysis of every site, by site id. */
    Map<String, ZoneReport> reports() {
        List<Site> all = sites.findAllByOrderByName();
        Map<String, SiteSummary> summaries =
                all.stream().map(SiteRecords::summary).collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        List<GeoFeature> receptors = layers.findByKeyLayerOrderByName(GeoFeature.Layer.RECEPTOR.name());
        List<GeoFeature> wards = layers.findByKeyLayerOrderByName(GeoFeature.Layer.WARD.name());
        Map<String, String> receptorNames =
                receptors.stream().collect(Collectors.toMap(GeoFeature::getId, GeoFeature::getName));
        Map<String, String> wardNames =
                wards.stream().collect(Collectors.toMap(GeoFeature::getId, GeoFeature::getName));

        List<ZoneAnalyser.SiteAnalysis> analyses = ZoneAnalyser.analyse(
                all.stream().map(ZoneAnalysis::zoneSite).toList(),
                receptors.stream()
                        .map(r -> new ZoneAnalyser.Receptor(r.getId(), r.getCategory(), (Point) bng(r.getGeometry())))
                        .toList(),
                wards.stream()
                        .map(w -> new ZoneAnalyser.Area(w.getId(), bng(w.getGeometry())))
                        .toList());
        Map<String, ZoneReport> reports = new LinkedHashMap<>();
        for (ZoneAnalyser.SiteAnalysis a : analyses) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            a.receptorsByCategory()
                    .forEach((category, ids) -> byCategory.put(
                            category,
                            ids.stream().map(receptorNames::get).sorted().toList()));
            reports.put(
                    a.siteId(),
                    new ZoneReport(
                            byCategory,
                            a.areas().stream().map(wardNames::get).sorted().toList(),
                            a.overlappingSites().stream().map(summaries::get).toList(),
                            a.nearestSiteId() == null ? null : summaries.get(a.nearestSiteId()),
                            a.nearestDistanceMetres()));
        }
        return reports;
    }

    /** The site's zone (its polygon, or a circle of its radius) around its position, in BNG metres. */
    static ZoneAnalyser.ZoneSite zoneSite(Site s) {
        Point location = BritishNationalGrid.pointBng(s.getLongitude(), s.getLatitude());
        Geometry polygon = s.getPizPolygon() == null ? null : GeoJson.readGeometry(s.getPizPolygon());
        return new ZoneAnalyser.ZoneSite(s.getId(), location, Zones.zone(location, s.getPizRadiusMetres(), polygon));
    }

    static Geometry bng(String geoJson) {
        return BritishNationalGrid.toBng(GeoJson.readGeometry(geoJson));
    }
}
