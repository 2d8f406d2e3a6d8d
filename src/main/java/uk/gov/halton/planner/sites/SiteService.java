package uk.gov.halton.planner.sites;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextFiles;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.sites.data.SiteFeatures;
import uk.gov.halton.planner.sites.data.SiteImporter;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.Sites;

/**
 * The public API of the site register, and where its security and transactions are declared: reads for everyone
 * signed in, writes for planners and administrators. The work is done by one class per responsibility in this
 * package: {@link ZoneAnalysis}, {@link SiteExports}, {@link SiteEdits}, and {@link SiteRecords} for what a site
 * looks like to others; the import is {@code data.SiteImporter}'s.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SiteService {

    static final String OPERATOR_RULE = "Enter the operator's name (at most 200 characters).";

    private static final String WRITERS = "hasAnyRole('PLANNER','ADMIN')";
    /** The largest GeoJSON file a planner may import. */
    public static final int MAX_IMPORT_CHARACTERS = 5 * 1024 * 1024;

    private final Sites sites;
    private final SiteImporter importer;
    private final SiteRecords records;
    private final ZoneAnalysis zoneAnalysis;
    private final SiteExports exports;
    private final SiteEdits edits;
    private final ZoneReportCache zoneReportCache;

    SiteService(
            Sites sites,
            SiteImporter importer,
            SiteRecords records,
            ZoneAnalysis zoneAnalysis,
            SiteExports exports,
            SiteEdits edits,
            ZoneReportCache zoneReportCache) {
        this.zoneReportCache = zoneReportCache;
        this.sites = sites;
        this.importer = importer;
        this.records = records;
        this.zoneAnalysis = zoneAnalysis;
        this.exports = exports;
        this.edits = edits;
    }

    public List<SiteSummary> findAll() {
        return sites.findAllByOrderByName().stream().map(SiteService::summary).toList();
    }

    public Optional<SiteSummary> find(String id) {
        return sites.findById(id).map(SiteService::summary);
    }

    public List<SiteSummary> findByPlan(String planId) {
        return sites.findByPlanIdOrderByName(planId).stream()
                .map(SiteService::summary)
                .toList();
    }

    public Optional<SiteDetail> detail(String id) {
        return sites.findById(id).map(site -> records.detail(site, zoneReports().get(id)));
    }

    /**
     * The zone analysis of every site, by site id. It compares every site with every receptor, ward and other site,
     * so it is worked out once and kept until a site changes ({@link SiteChanged}) or the geodata is reloaded, not
     * on every click.
     */
    public Map<String, ZoneReport> zoneReports() {
        return zoneReportCache.get(() -> java.util.Collections.unmodifiableMap(zoneAnalysis.reports()));
    }

    /** The receptors or wards were reloaded (by the geodata loader): forgotten now and once the reload commits. */
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

    /** The sites as a GeoJSON FeatureCollection of points (WGS84), for GIS tools and the map. */
    public String sitesGeoJson() {
        return exports.sitesGeoJson();
    }

    /** Each site's public information zone as a polygon (WGS84). */
    public String zonesGeoJson() {
        return exports.zonesGeoJson();
    }

    /** A reference layer (BOROUGH, WARD or RECEPTOR) as GeoJSON (WGS84). */
    public String layerGeoJson(String layer) {
        return exports.layerGeoJson(layer);
    }

    /** The register as CSV; cells that a spreadsheet would run as a formula are neutralised. */
    public String sitesCsv() {
        return exports.sitesCsv();
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail moveTo(String id, long rowVersion, double longitude, double latitude) {
        return edits.moveTo(id, rowVersion, longitude, latitude);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail moveToGrid(String id, long rowVersion, double easting, double northing) {
        return edits.moveToGrid(id, rowVersion, easting, northing);
    }

    /** A new operator; the old one goes into the site's history, dated today. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail changeOperator(
            String id,
            long rowVersion,
            @NotBlank(message = OPERATOR_RULE)
                    @Size(max = 200, message = OPERATOR_RULE)
                    @SingleLine("The operator's name")
                    String operator,
            @Size(max = 2000, message = "A note has at most {max} characters.") @PlainText("The note") String note) {
        return edits.changeOperator(id, rowVersion, operator, note);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail setZoneRadius(String id, long rowVersion, Integer radiusMetres) {
        return edits.setZoneRadius(id, rowVersion, radiusMetres);
    }

    /** A zone drawn as a polygon (GeoJSON geometry, WGS84) that must contain the site. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail setZonePolygon(String id, long rowVersion, String geometryJson) {
        return edits.setZonePolygon(id, rowVersion, geometryJson);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail updateDetails(
            String id,
            long rowVersion,
            @NotBlank(message = "The name is required (at most {max} characters).")
                    @Size(max = 200, message = "The name is required (at most {max} characters).")
                    @SingleLine("The name")
                    String name,
            @NotBlank(message = "The address is required (at most {max} characters).")
                    @Size(max = 300, message = "The address is required (at most {max} characters).")
                    @SingleLine("The address")
                    String address,
            String tier) {
        return edits.updateDetails(id, rowVersion, name, address, tier);
    }

    /** The longest source a position confirmation names ("Site visit", "Operator's safety report, 2026"). */
    public static final int MAX_SOURCE_CHARACTERS = SiteEdits.MAX_SOURCE_CHARACTERS;

    /**
     * Saves everything the site editor holds at once, or nothing: every broken rule is reported together, each
     * naming its field ({@link SiteEditRefused}). Only the parts that differ from the site are changed.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail edit(String id, long rowVersion, SiteEdit edit) {
        return edits.edit(id, rowVersion, edit);
    }

    /** Records that a planner checked the site's position against a source; it is then no longer approximate. */
    @Transactional
    @PreAuthorize(WRITERS)
    public SiteDetail confirmPosition(String id, long rowVersion, String source) {
        return edits.confirmPosition(id, rowVersion, source);
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

    public record ImportResult(int added, int updated) {}

    private static SiteSummary summary(Site s) {
        return SiteRecords.summary(s);
    }
}
