package uk.gov.halton.planner.sites;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextFiles;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.geo.ZoneAnalyser;
import uk.gov.halton.planner.geo.Zones;
import uk.gov.halton.planner.sites.data.SiteFeatures;
import uk.gov.halton.planner.sites.data.SiteImporter;
import uk.gov.halton.planner.sites.domain.GeoFeature;
import uk.gov.halton.planner.sites.domain.GeoFeatures;
import uk.gov.halton.planner.sites.domain.OperatorRecord;
import uk.gov.halton.planner.sites.domain.OperatorRecords;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.SiteRules;
import uk.gov.halton.planner.sites.domain.Sites;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The site register: reads for everyone signed in, writes for planners and administrators. */
@Service
@Transactional(readOnly = true)
public class SiteService {

    private static final String WRITERS = "hasAnyRole('PLANNER','ADMIN')";
    /** The largest GeoJSON file a planner may import. */
    public static final int MAX_IMPORT_CHARACTERS = 5 * 1024 * 1024;

    private final Sites sites;
    private final OperatorRecords operators;
    private final GeoFeatures layers;
    private final SiteImporter importer;
    private final Clock clock;
    private final EditConflicts conflicts;
    private final ApplicationEventPublisher events;
    private final ZoneReportCache zoneReportCache;

    SiteService(Sites sites, OperatorRecords operators, GeoFeatures layers, SiteImporter importer, Clock clock,
                EditConflicts conflicts, ApplicationEventPublisher events, ZoneReportCache zoneReportCache) {
        this.zoneReportCache = zoneReportCache;
        this.sites = sites;
        this.operators = operators;
        this.layers = layers;
        this.importer = importer;
        this.clock = clock;
        this.conflicts = conflicts;
        this.events = events;
    }

    public List<SiteSummary> findAll() {
        return sites.findAllByOrderByName().stream().map(SiteService::summary).toList();
    }

    public Optional<SiteSummary> find(String id) {
        return sites.findById(id).map(SiteService::summary);
    }

    public List<SiteSummary> findByPlan(String planId) {
        return sites.findByPlanIdOrderByName(planId).stream().map(SiteService::summary).toList();
    }

    public Optional<SiteDetail> detail(String id) {
        return sites.findById(id).map(site -> detail(site, zoneReports().get(id)));
    }

    /**
     * The zone analysis of every site, by site id. It compares every site with every receptor, ward and other site,
     * so it is worked out once and kept until a site changes ({@link SiteChanged}) or the geodata is reloaded, not
     * on every click.
     */
    public Map<String, ZoneReport> zoneReports() {
        return zoneReportCache.get(this::analyseZones);
    }

    /** The receptors or wards were reloaded (by the geodata loader): forgotten once the reload commits. */
    public void forgetZoneReports() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            zoneReportCache.clear();
                        }
                    });
        }
        zoneReportCache.clear();
    }

    private Map<String, ZoneReport> analyseZones() {
        List<Site> all = sites.findAllByOrderByName();
        Map<String, SiteSummary> summaries = all.stream().map(SiteService::summary)
                .collect(Collectors.toMap(SiteSummary::id, Function.identity()));
        List<GeoFeature> receptors = layers.findByKeyLayerOrderByName(GeoFeature.Layer.RECEPTOR.name());
        List<GeoFeature> wards = layers.findByKeyLayerOrderByName(GeoFeature.Layer.WARD.name());
        Map<String, String> receptorNames = receptors.stream().collect(Collectors.toMap(GeoFeature::getId, GeoFeature::getName));
        Map<String, String> wardNames = wards.stream().collect(Collectors.toMap(GeoFeature::getId, GeoFeature::getName));

        List<ZoneAnalyser.SiteAnalysis> analyses = ZoneAnalyser.analyse(
                all.stream().map(SiteService::zoneSite).toList(),
                receptors.stream().map(r -> new ZoneAnalyser.Receptor(r.getId(), r.getCategory(),
                        (Point) bng(r.getGeometry()))).toList(),
                wards.stream().map(w -> new ZoneAnalyser.Area(w.getId(), bng(w.getGeometry()))).toList());
        Map<String, ZoneReport> reports = new LinkedHashMap<>();
        for (ZoneAnalyser.SiteAnalysis a : analyses) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            a.receptorsByCategory().forEach((category, ids) ->
                    byCategory.put(category, ids.stream().map(receptorNames::get).sorted().toList()));
            reports.put(a.siteId(), new ZoneReport(byCategory,
                    a.areas().stream().map(wardNames::get).sorted().toList(),
                    a.overlappingSites().stream().map(summaries::get).toList(),
                    a.nearestSiteId() == null ? null : summaries.get(a.nearestSiteId()),
                    a.nearestDistanceMetres()));
        }
        return java.util.Collections.unmodifiableMap(reports);
    }

    /** The sites as a GeoJSON FeatureCollection of points (WGS84), for GIS tools and the map. */
    public String sitesGeoJson() {
        return GeoJson.write(sites.findAllByOrderByName().stream().map(s -> new Feature(s.getId(),
                BritishNationalGrid.WGS84.createPoint(new Coordinate(s.getLongitude(), s.getLatitude())),
                siteProperties(s))).toList());
    }

    /** Each site's public information zone as a polygon (WGS84). */
    public String zonesGeoJson() {
        return GeoJson.write(sites.findAllByOrderByName().stream().map(s -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("siteId", s.getId());
            p.put("name", "Public information zone: " + s.getName());
            p.put("radiusMetres", s.getPizRadiusMetres());
            p.put("indicative", s.isPizIndicative());
            return new Feature(s.getId(), BritishNationalGrid.toWgs84(zoneSite(s).zone()), p);
        }).toList());
    }

    /** A reference layer (BOROUGH, WARD or RECEPTOR) as GeoJSON (WGS84). */
    public String layerGeoJson(String layer) {
        GeoFeature.Layer which = GeoFeature.Layer.valueOf(layer);
        return GeoJson.write(layers.findByKeyLayerOrderByName(which.name()).stream().map(f -> {
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
        }).toList());
    }

    /** The register as CSV; cells that a spreadsheet would run as a formula are neutralised. */
    public String sitesCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "name", "operator",
                "address", "town", "tier", "plan", "latitude", "longitude", "easting", "northing",
                "position approximate", "zone radius (m)", "zone polygon", "newly top tier").get())) {
            for (Site s : sites.findAllByOrderByName()) {
                Coordinate grid = BritishNationalGrid.toBng(s.getLongitude(), s.getLatitude());
                csv.printRecord(CsvCells.neutralise(s.getId()), CsvCells.neutralise(s.getName()),
                        CsvCells.neutralise(s.getOperator()), CsvCells.neutralise(s.getAddress()),
                        CsvCells.neutralise(s.getTown()), CsvCells.neutralise(s.getTier()),
                        CsvCells.neutralise(s.getPlanTitle()),
                        String.format("%.6f", s.getLatitude()), String.format("%.6f", s.getLongitude()),
                        Math.round(grid.x), Math.round(grid.y), s.isPositionApproximate() ? "yes" : "no",
                        s.getPizRadiusMetres() == null ? "" : s.getPizRadiusMetres(),
                        s.getPizPolygon() == null ? "no" : "yes", s.isNewlyTopTier() ? "yes" : "no");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail moveTo(String id, long rowVersion, double longitude, double latitude) {
        String problem = SiteRules.positionProblem(longitude, latitude, boroughBng());
        if (problem != null) {
            throw new InvalidInputException("position", problem);
        }
        Site site = opened(id, rowVersion);
        site.setPosition(longitude, latitude);
        site.markPositionEdited();
        changed(site, SiteChanged.Change.MOVED);
        return detail(flushed(site), null);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail moveToGrid(String id, long rowVersion, double easting, double northing) {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new InvalidInputException("position", "Enter an easting and a northing in metres.");
        }
        Coordinate lonLat = BritishNationalGrid.toWgs84(easting, northing);
        return moveTo(id, rowVersion, lonLat.x, lonLat.y);
    }

    /** A new operator; the old one goes into the site's history, dated today. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail changeOperator(String id, long rowVersion, String operator, String note) {
        String name = operator == null ? "" : operator.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("operator", "Enter the operator's name (at most 200 characters).");
        }
        TextRules.checkSingleLine("operator", "The operator's name", name);
        if (note != null && note.strip().length() > 2000) {
            throw new InvalidInputException("note", "A note has at most 2000 characters (" + note.strip().length()
                    + " given).");
        }
        TextRules.check("note", "The note", note);
        Site site = opened(id, rowVersion);
        if (name.equals(site.getOperator())) {
            throw new InvalidInputException("operator", "That is already the operator.");
        }
        operators.save(new OperatorRecord(id, site.getOperator(), LocalDate.now(clock).toString(),
                note == null || note.isBlank() ? "Replaced by " + name : note.strip()));
        site.setOperator(name);
        site.markDetailsEdited();
        return detail(flushed(site), null);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail setZoneRadius(String id, long rowVersion, Integer radiusMetres) {
        String problem = SiteRules.radiusProblem(radiusMetres);
        if (problem != null) {
            throw new InvalidInputException("zoneRadius", problem);
        }
        Site site = opened(id, rowVersion);
        site.setZone(radiusMetres, null);
        site.markZoneEdited();
        changed(site, SiteChanged.Change.ZONE);
        return detail(flushed(site), null);
    }

    /** A zone drawn as a polygon (GeoJSON geometry, WGS84) that must contain the site. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail setZonePolygon(String id, long rowVersion, String geometryJson) {
        if (geometryJson == null || geometryJson.isBlank()) {
            throw new InvalidInputException("zonePolygon", "Paste or draw the zone polygon as a GeoJSON geometry.");
        }
        if (geometryJson.length() > SiteRules.MAX_POLYGON_CHARACTERS) {
            throw new InvalidInputException("zonePolygon", "The zone polygon is too detailed: at most "
                    + SiteRules.MAX_POLYGON_CHARACTERS + " characters of GeoJSON (" + geometryJson.length() + " given).");
        }
        Geometry polygon;
        try {
            polygon = GeoJson.readGeometry(geometryJson);
        } catch (GeoJsonException e) {
            throw new InvalidInputException("zonePolygon", "The zone polygon: " + e.getMessage());
        }
        if (!(polygon instanceof Polygonal)) {
            throw new InvalidInputException("zonePolygon", "The zone must be a Polygon or MultiPolygon.");
        }
        Site site = opened(id, rowVersion);
        if (!polygon.covers(BritishNationalGrid.WGS84.createPoint(new Coordinate(site.getLongitude(), site.getLatitude())))) {
            throw new InvalidInputException("zonePolygon", "The zone polygon must contain the site.");
        }
        double area = BritishNationalGrid.toBng(polygon).getArea();
        double max = Math.PI * Zones.MAX_RADIUS_METRES * Zones.MAX_RADIUS_METRES;
        if (area > max) {
            throw new InvalidInputException("zonePolygon", "The zone polygon is larger than a 10 km circle.");
        }
        String written = GeoJson.writeGeometry(polygon);
        if (written.length() > SiteRules.MAX_POLYGON_CHARACTERS) {
            throw new InvalidInputException("zonePolygon", "The zone polygon is too detailed: at most "
                    + SiteRules.MAX_POLYGON_CHARACTERS + " characters of GeoJSON.");
        }
        site.setZone(null, written);
        site.markZoneEdited();
        changed(site, SiteChanged.Change.ZONE);
        return detail(flushed(site), null);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail updateDetails(String id, long rowVersion, String name, String address, String tier) {
        requireText("name", name, 200);
        requireText("address", address, 300);
        if (!"upper".equals(tier) && !"lower".equals(tier)) {
            throw new InvalidInputException("tier", "The tier is upper or lower.");
        }
        Site site = opened(id, rowVersion);
        boolean renamed = !name.strip().equals(site.getName());
        site.setName(name.strip());
        site.setAddress(address.strip());
        site.setTier(tier);
        site.markDetailsEdited();
        if (renamed) {
            changed(site, SiteChanged.Change.RENAMED);
        }
        return detail(flushed(site), null);
    }

    /**
     * Imports an uploaded GeoJSON file of sites: at most 5 MB of UTF-8 (a byte-order mark is allowed), else
     * {@link InvalidInputException} naming the file and the line of the first bad byte; then as {@link #importGeoJson(String)}.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public ImportResult importGeoJson(String fileName, byte[] content) {
        return importGeoJson(TextFiles.upload(fileName, content, MAX_IMPORT_CHARACTERS, "a sites file"));
    }

    /** Imports a GeoJSON file of sites: all or nothing; {@link GeoJsonException} lists every bad feature. */
    @Transactional
    @PreAuthorize(WRITERS)
    public ImportResult importGeoJson(String json) {
        if (json == null || json.length() > MAX_IMPORT_CHARACTERS) {
            throw new InvalidInputException("file", "A sites file is at most 5 MB of GeoJSON.");
        }
        List<Feature> features = SiteFeatures.read(json);
        int added = importer.apply(features, true);
        return new ImportResult(added, features.size() - added);
    }

    public record ImportResult(int added, int updated) {
    }

    private void changed(Site site, SiteChanged.Change change) {
        events.publishEvent(new SiteChanged(site.getId(), site.getPlanId(), site.getPlanId(), site.getName(),
                java.util.Set.of(change)));
    }

    /** The site to change, if it is still the version the user opened. */
    private Site opened(String id, long rowVersion) {
        Site site = get(id);
        conflicts.check(Site.class, id, rowVersion, site.getVersion());
        return site;
    }

    /** Writes the change now, so that the detail returned carries the new version for the next edit. */
    private Site flushed(Site site) {
        sites.flush();
        return site;
    }

    private Site get(String id) {
        return sites.findById(id).orElseThrow(() -> new InvalidInputException("id", "There is no site " + id + "."));
    }

    private Geometry boroughBng() {
        return layers.findByKeyLayerOrderByName(GeoFeature.Layer.BOROUGH.name()).stream().findFirst()
                .map(b -> bng(b.getGeometry())).orElse(null);
    }

    private SiteDetail detail(Site site, ZoneReport report) {
        Coordinate grid = BritishNationalGrid.toBng(site.getLongitude(), site.getLatitude());
        List<SiteDetail.OperatorEntry> history = new ArrayList<>();
        for (OperatorRecord r : operators.findBySiteIdOrderById(site.getId())) {
            history.add(new SiteDetail.OperatorEntry(r.getOperatorName(), r.getUntil(), r.getNote()));
        }
        return new SiteDetail(summary(site), site.getTier(), site.getLongitude(), site.getLatitude(), grid.x, grid.y,
                site.getPositionNote(), site.getPizRadiusMetres(), site.getPizPolygon() != null,
                site.isPizIndicative(), site.getNewlyTopTierNote(), site.getHazards(), site.getNote(),
                site.getSources(), history, report, site.getVersion());
    }

    private static SiteSummary summary(Site s) {
        return new SiteSummary(s.getId(), s.getName(), s.getOperator(), s.getAddress(), s.getTown(), s.getPlanId(),
                s.getPlanTitle(), s.isNewlyTopTier(), s.isPositionApproximate());
    }

    private static ZoneAnalyser.ZoneSite zoneSite(Site s) {
        Point location = BritishNationalGrid.pointBng(s.getLongitude(), s.getLatitude());
        Geometry polygon = s.getPizPolygon() == null ? null : GeoJson.readGeometry(s.getPizPolygon());
        return new ZoneAnalyser.ZoneSite(s.getId(), location, Zones.zone(location, s.getPizRadiusMetres(), polygon));
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
        p.put("newlyTopTier", s.isNewlyTopTier());
        if (s.getPizPolygon() != null) {
            p.put("pizPolygon", GeoJson.parseObject(s.getPizPolygon()));
        }
        return p;
    }

    private static Geometry bng(String geoJson) {
        return BritishNationalGrid.toBng(GeoJson.readGeometry(geoJson));
    }

    /** A required single-line text: the site's name and address are one line in every list and export. */
    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(field, "The " + field + " is required (at most " + max + " characters).");
        }
        TextRules.checkSingleLine(field, "The " + field, value.strip());
    }
}
