package uk.gov.halton.planner.sites.data;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Point;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.sites.SiteChanged;
import uk.gov.halton.planner.sites.domain.OperatorRecord;
import uk.gov.halton.planner.sites.domain.OperatorRecords;
import uk.gov.halton.planner.sites.domain.Site;
import uk.gov.halton.planner.sites.domain.Sites;

/**
 * Writes validated site features into the register. From the shipped geodata, a site a planner has edited keeps
 * the edited parts (position, zone, details); a planner's own import replaces them and counts as an edit.
 */
@Component
public class SiteImporter {

    private final Sites sites;
    private final OperatorRecords operators;
    private final ApplicationEventPublisher events;

    SiteImporter(Sites sites, OperatorRecords operators, ApplicationEventPublisher events) {
        this.sites = sites;
        this.operators = operators;
        this.events = events;
    }

    /** Applies features already checked by {@link SiteFeatures#read}; returns how many sites were new. */
    public int apply(List<Feature> features, boolean byPlanner) {
        int added = 0;
        for (Feature f : features) {
            Site site = sites.findById(f.id()).orElse(null);
            boolean isNew = site == null;
            if (isNew) {
                site = new Site(f.id());
                added++;
            }
            Snapshot before = isNew ? null : new Snapshot(site);
            Map<String, Object> p = f.properties();
            Point point = (Point) f.geometry();
            if (isNew || byPlanner || !site.isPositionEdited()) {
                site.setPosition(point.getX(), point.getY());
                site.setPositionApproximate(Boolean.TRUE.equals(p.get("positionApproximate")));
                site.setPositionNote(f.text("positionNote"));
            }
            if (isNew || byPlanner || !site.isZoneEdited()) {
                Object polygon = p.get("pizPolygon");
                site.setZone(
                        polygon == null ? ((Number) p.get("pizRadiusMetres")).intValue() : null,
                        polygon == null ? null : GeoJson.writeGeometry(GeoJson.readGeometry(polygon)));
                site.setPizIndicative(!Boolean.FALSE.equals(p.get("pizIndicative")));
            }
            if (isNew || byPlanner || !site.isDetailsEdited()) {
                site.setName(f.text("name"));
                site.setOperator(f.text("operator"));
                site.setAddress(f.text("address"));
                site.setTier(f.text("tier"));
            }
            site.setTown(f.text("town"));
            site.setPlanId(f.text("planId"));
            site.setPlanTitle(f.text("planTitle"));
            site.setNewlyTopTier(Boolean.TRUE.equals(p.get("newlyTopTier")));
            site.setNewlyTopTierNote(f.text("newlyTopTierNote"));
            site.setHazards(f.text("hazards"));
            site.setNote(f.text("note"));
            site.setSources(f.text("sources"));
            if (byPlanner) {
                site.markPositionEdited();
                site.markZoneEdited();
                site.markDetailsEdited();
            }
            sites.save(site);
            publish(before, site);
            if (operators.findBySiteIdOrderById(f.id()).isEmpty()
                    && p.get("operatorHistory") instanceof List<?> history) {
                for (Object entry : history) {
                    if (entry instanceof Map<?, ?> record && record.get("name") instanceof String name) {
                        Object until = record.get("until");
                        Object note = record.get("note");
                        operators.save(new OperatorRecord(
                                f.id(),
                                name,
                                until == null ? null : until.toString(),
                                note == null ? null : note.toString()));
                    }
                }
            }
        }
        return added;
    }

    /** Tells the other modules what changed, if anything they follow did. */
    private void publish(Snapshot before, Site after) {
        Set<SiteChanged.Change> changes = EnumSet.noneOf(SiteChanged.Change.class);
        if (before == null) {
            changes.add(SiteChanged.Change.ADDED);
        } else {
            if (!Objects.equals(before.name, after.getName())) {
                changes.add(SiteChanged.Change.RENAMED);
            }
            if (before.longitude != after.getLongitude() || before.latitude != after.getLatitude()) {
                changes.add(SiteChanged.Change.MOVED);
            }
            if (!Objects.equals(before.radius, after.getPizRadiusMetres())
                    || !Objects.equals(before.polygon, after.getPizPolygon())) {
                changes.add(SiteChanged.Change.ZONE);
            }
            if (!Objects.equals(before.planId, after.getPlanId())) {
                changes.add(SiteChanged.Change.REPLANNED);
            }
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new SiteChanged(
                    after.getId(), after.getPlanId(), before == null ? null : before.planId, after.getName(), changes));
        }
    }

    /** The parts of a site other modules follow, as they were before the import. */
    private record Snapshot(
            String name, String planId, double longitude, double latitude, Integer radius, String polygon) {
        Snapshot(Site site) {
            this(
                    site.getName(),
                    site.getPlanId(),
                    site.getLongitude(),
                    site.getLatitude(),
                    site.getPizRadiusMetres(),
                    site.getPizPolygon());
        }
    }
}
