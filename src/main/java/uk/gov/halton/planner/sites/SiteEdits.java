package uk.gov.halton.planner.sites;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.geo.BritishNationalGrid;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.geo.Zones;
import uk.gov.halton.planner.sites.domain.GeoFeature;
import uk.gov.halton.planner.sites.domain.GeoFeatures;
import uk.gov.halton.planner.sites.domain.OperatorRecord;
import uk.gov.halton.planner.sites.domain.OperatorRecords;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.SiteRules;
import uk.gov.halton.planner.sites.domain.Sites;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Changes to a site by a planner: position, operator (the old one goes into its history), zone and details. Each is
 * refused when someone else saved the site since the planner opened it; a change other modules follow (moved,
 * zone, renamed) is published as {@link SiteChanged}.
 */
@Component
class SiteEdits {

    private final Sites sites;
    private final OperatorRecords operators;
    private final GeoFeatures layers;
    private final SiteRecords records;
    private final Clock clock;
    private final EditConflicts conflicts;
    private final ApplicationEventPublisher events;

    SiteEdits(Sites sites, OperatorRecords operators, GeoFeatures layers, SiteRecords records, Clock clock,
              EditConflicts conflicts, ApplicationEventPublisher events) {
        this.sites = sites;
        this.operators = operators;
        this.layers = layers;
        this.records = records;
        this.clock = clock;
        this.conflicts = conflicts;
        this.events = events;
    }

    SiteDetail moveTo(String id, long rowVersion, double longitude, double latitude) {
        String problem = SiteRules.positionProblem(longitude, latitude, boroughBng());
        if (problem != null) {
            throw new InvalidInputException("position", problem);
        }
        Site site = opened(id, rowVersion);
        site.setPosition(longitude, latitude);
        site.markPositionEdited();
        changed(site, SiteChanged.Change.MOVED);
        return records.detail(flushed(site), null);
    }

    SiteDetail moveToGrid(String id, long rowVersion, double easting, double northing) {
        if (!Double.isFinite(easting) || !Double.isFinite(northing)) {
            throw new InvalidInputException("position", "Enter an easting and a northing in metres.");
        }
        Coordinate lonLat = BritishNationalGrid.toWgs84(easting, northing);
        return moveTo(id, rowVersion, lonLat.x, lonLat.y);
    }

    /** A new operator; the old one goes into the site's history, dated today. */
    SiteDetail changeOperator(String id, long rowVersion, String operator, String note) {
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
        return records.detail(flushed(site), null);
    }

    SiteDetail setZoneRadius(String id, long rowVersion, Integer radiusMetres) {
        String problem = SiteRules.radiusProblem(radiusMetres);
        if (problem != null) {
            throw new InvalidInputException("zoneRadius", problem);
        }
        Site site = opened(id, rowVersion);
        site.setZone(radiusMetres, null);
        site.markZoneEdited();
        changed(site, SiteChanged.Change.ZONE);
        return records.detail(flushed(site), null);
    }

    /** A zone drawn as a polygon (GeoJSON geometry, WGS84) that must contain the site. */
    SiteDetail setZonePolygon(String id, long rowVersion, String geometryJson) {
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
        return records.detail(flushed(site), null);
    }

    SiteDetail updateDetails(String id, long rowVersion, String name, String address, String tier) {
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
        return records.detail(flushed(site), null);
    }

    private void changed(Site site, SiteChanged.Change change) {
        events.publishEvent(new SiteChanged(site.getId(), site.getPlanId(), site.getPlanId(), site.getName(),
                java.util.Set.of(change)));
    }

    /** The site to change, if it is still the version the user opened. */
    private Site opened(String id, long rowVersion) {
        Site site = sites.findById(id).orElseThrow(() -> new InvalidInputException("id", "There is no site " + id + "."));
        conflicts.check(Site.class, id, rowVersion, site.getVersion());
        return site;
    }

    /** Writes the change now, so that the detail returned carries the new version for the next edit. */
    private Site flushed(Site site) {
        sites.flush();
        return site;
    }

    private Geometry boroughBng() {
        return layers.findByKeyLayerOrderByName(GeoFeature.Layer.BOROUGH.name()).stream().findFirst()
                .map(b -> ZoneAnalysis.bng(b.getGeometry())).orElse(null);
    }

    /** A required single-line text: the site's name and address are one line in every list and export. */
    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidInputException(field, "The " + field + " is required (at most " + max + " characters).");
        }
        TextRules.checkSingleLine(field, "The " + field, value.strip());
    }
}
