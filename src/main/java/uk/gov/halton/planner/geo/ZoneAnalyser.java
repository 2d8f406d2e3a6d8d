package uk.gov.halton.planner.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Answers the spatial questions about public information zones, all in British National Grid metres: which
 * receptors lie in each zone (by category), which areas (wards) each zone reaches, which zones overlap (candidates
 * for a regulation 24 domino group) and each site's nearest other site. Sites and areas are indexed in JTS STRtrees
 * and each receptor is looked up against the zone index, so the cost grows with the number of receptors, not with
 * receptors times zones.
 */
public final class ZoneAnalyser {

    /** A site, its location and its zone, in British National Grid. */
    public record ZoneSite(String id, Point location, Geometry zone) {}

    /** A vulnerable place (school, hospital, care home ...) in British National Grid. */
    public record Receptor(String id, String category, Point location) {}

    /** An area such as a ward, in British National Grid. */
    public record Area(String id, Geometry geometry) {}

    /** What lies in and around one site's zone. */
    public record SiteAnalysis(
            String siteId,
            Map<String, List<String>> receptorsByCategory,
            List<String> areas,
            List<String> overlappingSites,
            String nearestSiteId,
            double nearestDistanceMetres) {

        public int receptorCount() {
            return receptorsByCategory.values().stream().mapToInt(List::size).sum();
        }
    }

    private ZoneAnalyser() {}

    /** The indexed analysis. */
    public static List<SiteAnalysis> analyse(List<ZoneSite> sites, List<Receptor> receptors, List<Area> areas) {
        List<PreparedGeometry> zones = sites.stream()
                .map(s -> PreparedGeometryFactory.prepare(s.zone()))
                .toList();
        STRtree zoneIndex = new STRtree();
        for (int i = 0; i < sites.size(); i++) {
            zoneIndex.insert(sites.get(i).zone().getEnvelopeInternal(), i);
        }
        zoneIndex.build();

        List<List<Receptor>> inZone = receptorsInZones(zones, zoneIndex, receptors);

        STRtree areaIndex = new STRtree();
        areas.forEach(a -> areaIndex.insert(a.geometry().getEnvelopeInternal(), a));
        areaIndex.build();

        STRtree siteIndex = new STRtree();
        sites.forEach(s -> siteIndex.insert(s.location().getEnvelopeInternal(), s));
        siteIndex.build();

        List<SiteAnalysis> result = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            ZoneSite site = sites.get(i);
            PreparedGeometry zone = zones.get(i);
            Envelope envelope = site.zone().getEnvelopeInternal();
            List<String> reached = new ArrayList<>();
            for (Object o : areaIndex.query(envelope)) {
                Area area = (Area) o;
                if (sharesArea(zone, area.geometry())) {
                    reached.add(area.id());
                }
            }
            List<String> overlapping = new ArrayList<>();
            for (Object o : zoneIndex.query(envelope)) {
                int j = (Integer) o;
                if (j != i && sharesArea(zone, sites.get(j).zone())) {
                    overlapping.add(sites.get(j).id());
                }
            }
            ZoneSite nearest = nearestOther(siteIndex, site, sites.size());
            result.add(new SiteAnalysis(
                    site.id(),
                    byCategory(inZone.get(i)),
                    sorted(reached),
                    sorted(overlapping),
                    nearest == null ? null : nearest.id(),
                    nearest == null ? Double.NaN : nearest.location().distance(site.location())));
        }
        return result;
    }

    /**
     * The same answers without any spatial index: every receptor against every zone (bounding box first), every
     * zone against every area and zone, every site against every site. The baseline for the benchmark and a check
     * on the indexed analysis.
     */
    public static List<SiteAnalysis> analyseBruteForce(
            List<ZoneSite> sites, List<Receptor> receptors, List<Area> areas) {
        List<SiteAnalysis> result = new ArrayList<>(sites.size());
        for (ZoneSite site : sites) {
            Geometry zone = site.zone();
            Envelope envelope = zone.getEnvelopeInternal();
            List<Receptor> inside = new ArrayList<>();
            for (Receptor r : receptors) {
                if (envelope.contains(r.location().getCoordinate()) && zone.covers(r.location())) {
                    inside.add(r);
                }
            }
            List<String> reached = areas.stream()
                    .filter(a -> zone.intersects(a.geometry()) && !zone.touches(a.geometry()))
                    .map(Area::id)
                    .toList();
            List<String> overlapping = sites.stream()
                    .filter(o -> o != site && zone.intersects(o.zone()) && !zone.touches(o.zone()))
                    .map(ZoneSite::id)
                    .toList();
            ZoneSite nearest = sites.stream()
                    .filter(o -> o != site)
                    .min(Comparator.comparingDouble(o -> o.location().distance(site.location())))
                    .orElse(null);
            result.add(new SiteAnalysis(
                    site.id(),
                    byCategory(inside),
                    sorted(reached),
                    sorted(overlapping),
                    nearest == null ? null : nearest.id(),
                    nearest == null ? Double.NaN : nearest.location().distance(site.location())));
        }
        return result;
    }

    private static List<List<Receptor>> receptorsInZones(
            List<PreparedGeometry> zones, STRtree zoneIndex, List<Receptor> receptors) {
        record Hit(int zone, Receptor receptor) {}
        List<Hit> hits = IntStream.range(0, receptors.size())
                .parallel()
                .boxed()
                .flatMap(k -> {
                    Receptor r = receptors.get(k);
                    List<?> candidates = zoneIndex.query(r.location().getEnvelopeInternal());
                    if (candidates.isEmpty()) {
                        return java.util.stream.Stream.empty();
                    }
                    List<Hit> found = new ArrayList<>(1);
                    for (Object o : candidates) {
                        int z = (Integer) o;
                        if (zones.get(z).covers(r.location())) {
                            found.add(new Hit(z, r));
                        }
                    }
                    return found.stream();
                })
                .toList();
        List<List<Receptor>> byZone = new ArrayList<>(zones.size());
        for (int i = 0; i < zones.size(); i++) {
            byZone.add(new ArrayList<>());
        }
        hits.forEach(h -> byZone.get(h.zone()).add(h.receptor()));
        return byZone;
    }

    /** Overlap with positive area: zones that only touch at a point or along an edge do not count. */
    private static boolean sharesArea(PreparedGeometry zone, Geometry other) {
        return zone.intersects(other) && !zone.touches(other);
    }

    private static ZoneSite nearestOther(STRtree siteIndex, ZoneSite site, int siteCount) {
        if (siteCount < 2) {
            return null;
        }
        ItemDistance distance =
                (a, b) -> ((ZoneSite) a.getItem()).location().distance(((ZoneSite) b.getItem()).location());
        Object[] nearest = siteIndex.nearestNeighbour(site.location().getEnvelopeInternal(), site, distance, 2);
        for (Object o : nearest) {
            if (o != site) {
                return (ZoneSite) o;
            }
        }
        return null;
    }

    private static Map<String, List<String>> byCategory(List<Receptor> receptors) {
        return receptors.stream()
                .collect(Collectors.groupingBy(
                        Receptor::category,
                        TreeMap::new,
                        Collectors.mapping(
                                Receptor::id,
                                Collectors.collectingAndThen(Collectors.toList(), ZoneAnalyser::sorted))));
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
