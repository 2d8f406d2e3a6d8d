package uk.gov.halton.planner.sites.data;

import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.sites.domain.SiteRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validates a sites FeatureCollection, collecting every problem with its feature. */
public final class SiteFeatures {

    static final List<String> REQUIRED = List.of("name", "operator", "address", "town", "tier", "planId", "planTitle");

    private SiteFeatures() {
    }

    /** The features of a valid sites file, or {@link GeoJsonException} listing every problem. */
    public static List<Feature> read(String json) {
        List<Feature> features = GeoJson.read(json);
        List<GeoJsonException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            String label = "feature " + (i + 1) + " (id \"" + f.id() + "\")";
            problem(f).ifPresent(p -> problems.add(new GeoJsonException.Problem(label, p)));
        }
        if (!problems.isEmpty()) {
            throw new GeoJsonException(problems);
        }
        return features;
    }

    private static java.util.Optional<String> problem(Feature f) {
        if (!(f.geometry() instanceof Point)) {
            return java.util.Optional.of("a site's geometry must be a Point");
        }
        if (!f.id().matches("[a-z0-9][a-z0-9-]{1,59}")) {
            return java.util.Optional.of("the id must be 2 to 60 lower-case letters, digits or dashes");
        }
        Map<String, Object> p = f.properties();
        for (String name : REQUIRED) {
            if (!(p.get(name) instanceof String s) || s.isBlank()) {
                return java.util.Optional.of("the property \"" + name + "\" is required (text)");
            }
        }
        String distance = SiteRules.saneDistanceProblem(f.geometry());
        if (distance != null) {
            return java.util.Optional.of(distance);
        }
        Object polygon = p.get("pizPolygon");
        if (polygon != null) {
            try {
                var zone = GeoJson.readGeometry(polygon);
                if (!(zone instanceof Polygonal)) {
                    return java.util.Optional.of("\"pizPolygon\" must be a Polygon or MultiPolygon");
                }
                String far = SiteRules.saneDistanceProblem(zone);
                if (far != null) {
                    return java.util.Optional.of("\"pizPolygon\": " + far);
                }
            } catch (GeoJsonException e) {
                return java.util.Optional.of("\"pizPolygon\": " + e.getMessage());
            }
        } else {
            Integer radius = p.get("pizRadiusMetres") instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    ? n.intValue() : null;
            String problem = SiteRules.radiusProblem(radius);
            if (problem != null) {
                return java.util.Optional.of("\"pizRadiusMetres\": " + problem);
            }
        }
        for (String flag : List.of("positionApproximate", "newlyTopTier")) {
            if (p.containsKey(flag) && !(p.get(flag) instanceof Boolean)) {
                return java.util.Optional.of("\"" + flag + "\" must be true or false");
            }
        }
        if (!(p.get("positionApproximate") instanceof Boolean)) {
            return java.util.Optional.of("\"positionApproximate\" is required (true or false)");
        }
        return java.util.Optional.empty();
    }
}
