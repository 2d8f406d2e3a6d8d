package uk.gov.halton.planner.sites.data;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.geo.Feature;
import uk.gov.halton.planner.geo.GeoJson;
import uk.gov.halton.planner.geo.GeoJsonException;
import uk.gov.halton.planner.sites.domain.GeoFeature;
import uk.gov.halton.planner.sites.domain.GeoFeatures;
import uk.gov.halton.planner.sites.domain.SiteRules;

/**
 * Loads geodata/: sites.geojson into the site register (keeping what planners have edited), and the borough,
 * wards and receptors as reference layers (replaced whole: users do not edit them).
 */
@Component
class GeodataSet implements ReferenceDataSet {

    private final GeoFeatures layers;
    private final SiteImporter importer;
    private final org.springframework.beans.factory.ObjectProvider<uk.gov.halton.planner.sites.SiteService> siteService;

    GeodataSet(
            GeoFeatures layers,
            SiteImporter importer,
            org.springframework.beans.factory.ObjectProvider<uk.gov.halton.planner.sites.SiteService> siteService) {
        this.layers = layers;
        this.importer = importer;
        this.siteService = siteService;
    }

    @Override
    public String name() {
        return "geodata";
    }

    @Override
    public String folder() {
        return "geodata";
    }

    @Override
    public String pattern() {
        return "*.geojson";
    }

    @Override
    public void apply(ReferenceFile file) {
        try {
            switch (file.name()) {
                case "sites.geojson" -> importer.apply(SiteFeatures.read(file.text()), false);
                case "borough.geojson" -> replace(GeoFeature.Layer.BOROUGH, file, List.of("name"), true);
                case "wards.geojson" -> replace(GeoFeature.Layer.WARD, file, List.of("name", "town"), true);
                case "receptors.geojson" ->
                    replace(GeoFeature.Layer.RECEPTOR, file, List.of("name", "category"), false);
                default ->
                    throw new ReferenceDataException(
                            file.location(),
                            null,
                            "unknown geodata file: expected sites, borough, wards or receptors .geojson");
            }
        } catch (GeoJsonException e) {
            GeoJsonException.Problem first = e.problems().getFirst();
            String more = e.problems().size() > 1
                    ? " (and " + (e.problems().size() - 1) + " more: "
                            + e.problems().subList(1, e.problems().size()) + ")"
                    : "";
            throw new ReferenceDataException(file.location(), first.feature(), first.problem() + more, e);
        }
    }

    /** The most characters of each stored property (the layer table's columns), the id and the geometry. */
    private static final Map<String, Integer> MAX_LENGTH =
            Map.of("name", 200, "category", 40, "town", 60, "note", 2000);

    private static final int MAX_ID = 80;
    private static final int MAX_GEOMETRY = 1_000_000;

    private static String lengthProblem(Feature f) {
        if (f.id().length() > MAX_ID) {
            return "the id has " + f.id().length() + " characters (at most " + MAX_ID + ")";
        }
        for (Map.Entry<String, Integer> text : MAX_LENGTH.entrySet()) {
            Object value = f.properties().get(text.getKey());
            if (value == null) {
                continue;
            }
            if (!(value instanceof String s)) {
                return "the property \"" + text.getKey() + "\" must be text";
            }
            if (s.length() > text.getValue()) {
                return "the property \"" + text.getKey() + "\" has " + s.length() + " characters (at most "
                        + text.getValue() + ")";
            }
            String bad = TextRules.problem(s);
            if (bad != null) {
                return "the property \"" + text.getKey() + "\" " + bad;
            }
        }
        int geometry = GeoJson.writeGeometry(f.geometry()).length();
        return geometry > MAX_GEOMETRY
                ? "the geometry is too detailed (" + geometry + " characters of GeoJSON, at most " + MAX_GEOMETRY + ")"
                : null;
    }

    private void replace(GeoFeature.Layer layer, ReferenceFile file, List<String> required, boolean polygons) {
        List<Feature> features = GeoJson.read(file.text());
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            String label = "feature " + (i + 1) + " (id \"" + f.id() + "\")";
            for (String property : required) {
                if (!(f.properties().get(property) instanceof String s) || s.isBlank()) {
                    throw new ReferenceDataException(
                            file.location(), label, "the property \"" + property + "\" is required (text)");
                }
            }
            boolean rightShape = polygons ? f.geometry() instanceof Polygonal : f.geometry() instanceof Point;
            if (!rightShape) {
                throw new ReferenceDataException(
                        file.location(),
                        label,
                        "the geometry must be a " + (polygons ? "Polygon or MultiPolygon" : "Point"));
            }
            String far = SiteRules.saneDistanceProblem(f.geometry());
            if (far != null) {
                throw new ReferenceDataException(file.location(), label, far);
            }
            String tooLong = lengthProblem(f);
            if (tooLong != null) {
                throw new ReferenceDataException(file.location(), label, tooLong);
            }
        }
        layers.deleteByKeyLayer(layer.name());
        layers.flush();
        for (Feature f : features) {
            Map<String, Object> p = f.properties();
            GeoFeature feature = new GeoFeature(layer, f.id());
            boolean approximate =
                    Boolean.TRUE.equals(p.get("positionApproximate")) || Boolean.TRUE.equals(p.get("indicative"));
            feature.describe(
                    f.text("name"),
                    f.text("category"),
                    f.text("town"),
                    approximate,
                    f.text("note"),
                    GeoJson.writeGeometry(f.geometry()));
            layers.save(feature);
        }
        siteService.ifAvailable(uk.gov.halton.planner.sites.SiteService::forgetZoneReports);
    }
}
