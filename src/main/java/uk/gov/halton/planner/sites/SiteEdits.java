package uk.gov.halton.planner.sites;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.EditConflicts;
import uk.gov.halton.planner.base.InputChecks;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.UserAccount;
import uk.gov.halton.planner.base.UserService;
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
    private final UserService users;

    SiteEdits(
            Sites sites,
            OperatorRecords operators,
            GeoFeatures layers,
            SiteRecords records,
            Clock clock,
            EditConflicts conflicts,
            ApplicationEventPublisher events,
            UserService users) {
        this.users = users;
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
        SiteEdit edit = SiteEdit.operator(operator, note);
        refuse(operatorProblems(edit, null));
        Site site = opened(id, rowVersion);
        refuse(operatorProblems(edit, site));
        replaceOperator(site, edit.newOperator(), edit.operatorNote());
        return records.detail(flushed(site), null);
    }

    /** What is wrong with the new operator and its note: the fields' rules, then (given the site) that it is new. */
    private static List<InvalidInputException> operatorProblems(SiteEdit edit, Site site) {
        List<InvalidInputException> problems = new ArrayList<>(fieldProblems(edit, "newOperator", "operatorNote"));
        if (edit.newOperator() == null) {
            problems.addFirst(
                    new InvalidInputException("newOperator", "Enter the operator's name (at most 200 characters)."));
        } else if (site != null && problems.isEmpty() && edit.newOperator().equals(site.getOperator())) {
            problems.add(new InvalidInputException("newOperator", "That is already the operator."));
        }
        return problems;
    }

    private void replaceOperator(Site site, String name, String note) {
        operators.save(new OperatorRecord(
                site.getId(),
                site.getOperator(),
                LocalDate.now(clock).toString(),
                note == null ? "Replaced by " + name : note));
        site.setOperator(name);
        site.markDetailsEdited();
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
        checkPolygonText(geometryJson);
        Site site = opened(id, rowVersion);
        site.setZone(null, checkedPolygon(geometryJson, site.getLongitude(), site.getLatitude()));
        site.markZoneEdited();
        changed(site, SiteChanged.Change.ZONE);
        return records.detail(flushed(site), null);
    }

    private static void checkPolygonText(String geometryJson) {
        if (geometryJson == null || geometryJson.isBlank()) {
            throw new InvalidInputException("zonePolygon", "Paste or draw the zone polygon as a GeoJSON geometry.");
        }
        if (geometryJson.length() > SiteRules.MAX_POLYGON_CHARACTERS) {
            throw new InvalidInputException(
                    "zonePolygon",
                    "The zone polygon is too detailed: at most " + SiteRules.MAX_POLYGON_CHARACTERS
                            + " characters of GeoJSON (" + geometryJson.length() + " given).");
        }
    }

    /** The polygon as stored, if it is a zone around the site at this position no larger than a 10 km circle. */
    private static String checkedPolygon(String geometryJson, double longitude, double latitude) {
        checkPolygonText(geometryJson);
        Geometry polygon;
        try {
            polygon = GeoJson.readGeometry(geometryJson);
        } catch (GeoJsonException e) {
            throw new InvalidInputException("zonePolygon", "The zone polygon: " + e.getMessage());
        }
        if (!(polygon instanceof Polygonal)) {
            throw new InvalidInputException("zonePolygon", "The zone must be a Polygon or MultiPolygon.");
        }
        if (!polygon.covers(BritishNationalGrid.WGS84.createPoint(new Coordinate(longitude, latitude)))) {
            throw new InvalidInputException("zonePolygon", "The zone polygon must contain the site.");
        }
        double area = BritishNationalGrid.toBng(polygon).getArea();
        double max = Math.PI * Zones.MAX_RADIUS_METRES * Zones.MAX_RADIUS_METRES;
        if (area > max) {
            throw new InvalidInputException("zonePolygon", "The zone polygon is larger than a 10 km circle.");
        }
        String written = GeoJson.writeGeometry(polygon);
        if (written.length() > SiteRules.MAX_POLYGON_CHARACTERS) {
            throw new InvalidInputException(
                    "zonePolygon",
                    "The zone polygon is too detailed: at most " + SiteRules.MAX_POLYGON_CHARACTERS
                            + " characters of GeoJSON.");
        }
        return written;
    }

    SiteDetail updateDetails(String id, long rowVersion, String name, String address, String tier) {
        SiteEdit edit = SiteEdit.details(name, address, tier);
        refuse(fieldProblems(edit, "name", "address", "tier"));
        Site site = opened(id, rowVersion);
        boolean renamed = !edit.name().equals(site.getName());
        site.setName(edit.name());
        site.setAddress(edit.address());
        site.setTier(edit.tier());
        site.markDetailsEdited();
        if (renamed) {
            changed(site, SiteChanged.Change.RENAMED);
        }
        return records.detail(flushed(site), null);
    }

    /** The longest source a position confirmation names. */
    static final int MAX_SOURCE_CHARACTERS = 200;

    /** All of the site editor's changes at once, or none: every broken rule is reported together. */
    SiteDetail edit(String id, long rowVersion, SiteEdit edit) {
        Site site = opened(id, rowVersion);
        List<InvalidInputException> problems = new ArrayList<>();

        double longitude = site.getLongitude();
        double latitude = site.getLatitude();
        boolean moves = false;
        if (edit.longitude() == null || edit.latitude() == null) {
            problems.add(new InvalidInputException("position", "Enter a latitude and a longitude."));
        } else if (differs(edit.longitude(), longitude) || differs(edit.latitude(), latitude)) {
            String problem = SiteRules.positionProblem(edit.longitude(), edit.latitude(), boroughBng());
            if (problem != null) {
                problems.add(new InvalidInputException("position", problem));
            } else {
                moves = true;
                longitude = edit.longitude();
                latitude = edit.latitude();
            }
        }

        String polygon = null;
        boolean zoneChanges = false;
        if (edit.zonePolygon() != null && !edit.zonePolygon().isBlank()) {
            boolean newPolygon = !edit.zonePolygon().strip().equals(site.getPizPolygon());
            if (newPolygon || moves) {
                double lon = longitude;
                double lat = latitude;
                polygon = check(problems, () -> checkedPolygon(edit.zonePolygon(), lon, lat));
                zoneChanges = newPolygon;
            }
        } else if (site.getPizPolygon() != null
                || !Objects.equals(edit.zoneRadiusMetres(), site.getPizRadiusMetres())) {
            String problem = SiteRules.radiusProblem(edit.zoneRadiusMetres());
            if (problem != null) {
                problems.add(new InvalidInputException("zoneRadius", problem));
            }
            zoneChanges = true;
        }

        // Every field's own rules (Bean Validation gives all of them), in the order of the editor's fields.
        List<InvalidInputException> fieldProblems = fieldProblems(edit);
        if (edit.newOperator() != null
                && fieldProblems.stream().noneMatch(p -> p.field().equals("newOperator"))
                && edit.newOperator().equals(site.getOperator())) {
            problems.add(new InvalidInputException("newOperator", "That is already the operator."));
        }
        problems.addAll(fieldProblems);
        if (edit.confirmPosition() && edit.confirmationSource() == null) {
            problems.add(new InvalidInputException("confirmationSource", SiteEdit.SOURCE_RULE));
        }
        String operator = edit.newOperator();
        String source = edit.confirmPosition() ? edit.confirmationSource() : null;
        if (!problems.isEmpty()) {
            throw new SiteEditRefused(problems);
        }

        Set<SiteChanged.Change> changes = EnumSet.noneOf(SiteChanged.Change.class);
        if (moves) {
            site.setPosition(longitude, latitude);
            site.markPositionEdited();
            changes.add(SiteChanged.Change.MOVED);
        }
        if (zoneChanges) {
            site.setZone(polygon == null ? edit.zoneRadiusMetres() : null, polygon);
            site.markZoneEdited();
            changes.add(SiteChanged.Change.ZONE);
        }
        if (operator != null) {
            replaceOperator(site, operator, edit.operatorNote());
        }
        String name = edit.name();
        String address = edit.address();
        if (!name.equals(site.getName())
                || !address.equals(site.getAddress())
                || !edit.tier().equals(site.getTier())) {
            if (!name.equals(site.getName())) {
                changes.add(SiteChanged.Change.RENAMED);
            }
            site.setName(name);
            site.setAddress(address);
            site.setTier(edit.tier());
            site.markDetailsEdited();
        }
        if (source != null) {
            site.confirmPosition(currentUserName(), clock.instant(), source);
            site.markPositionEdited();
        }
        if (!changes.isEmpty()) {
            events.publishEvent(
                    new SiteChanged(site.getId(), site.getPlanId(), site.getPlanId(), site.getName(), changes));
        }
        return records.detail(flushed(site), null);
    }

    /** A planner checked the position against a source: it is then no longer approximate. */
    SiteDetail confirmPosition(String id, long rowVersion, String source) {
        SiteEdit edit = SiteEdit.confirmation(source);
        refuse(
                edit.confirmationSource() == null
                        ? List.of(new InvalidInputException("confirmationSource", SiteEdit.SOURCE_RULE))
                        : fieldProblems(edit, "confirmationSource"));
        Site site = opened(id, rowVersion);
        site.confirmPosition(currentUserName(), clock.instant(), edit.confirmationSource());
        site.markPositionEdited();
        return records.detail(flushed(site), null);
    }

    /** The signed-in user's name as people know it, kept with what they confirmed. */
    private String currentUserName() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return users.findByUsername(username)
                .map(UserAccount::displayName)
                .filter(n -> !n.isBlank())
                .orElse(username);
    }

    /** Positions typed or picked keep six decimal places (about 10 cm): closer than that is the same place. */
    private static boolean differs(double a, double b) {
        return Math.abs(a - b) > 5e-7;
    }

    private static <T> T check(List<InvalidInputException> problems, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    private void changed(Site site, SiteChanged.Change change) {
        events.publishEvent(new SiteChanged(
                site.getId(), site.getPlanId(), site.getPlanId(), site.getName(), java.util.Set.of(change)));
    }

    /** The site to change, if it is still the version the user opened. */
    private Site opened(String id, long rowVersion) {
        Site site =
                sites.findById(id).orElseThrow(() -> new InvalidInputException("id", "There is no site " + id + "."));
        conflicts.check(Site.class, id, rowVersion, site.getVersion());
        return site;
    }

    /** Writes the change now, so that the detail returned carries the new version for the next edit. */
    private Site flushed(Site site) {
        sites.flush();
        return site;
    }

    private Geometry boroughBng() {
        return layers.findByKeyLayerOrderByName(GeoFeature.Layer.BOROUGH.name()).stream()
                .findFirst()
                .map(b -> ZoneAnalysis.bng(b.getGeometry()))
                .orElse(null);
    }

    /** The edit's broken field rules, one per field in the order of its fields: of {@code fields} only, if named. */
    private static List<InvalidInputException> fieldProblems(SiteEdit edit, String... fields) {
        List<String> only = List.of(fields);
        return InputChecks.problems(edit).stream()
                .filter(p -> only.isEmpty() || only.contains(p.field()))
                .toList();
    }

    /** A single change is refused for its first problem, as a form shows one message beside a field. */
    private static void refuse(List<InvalidInputException> problems) {
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
    }
}
