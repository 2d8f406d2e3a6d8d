package uk.gov.halton.planner.geo;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A GeoJSON feature: its id, its geometry (WGS84 longitude/latitude) and its properties. */
public record Feature(String id, Geometry geometry, Map<String, Object> properties) {

    public String text(String property) {
        Object value = properties.get(property);
        return value == null ? null : value.toString();
    }
}
