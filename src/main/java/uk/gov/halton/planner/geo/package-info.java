/**
 * The geo engine: coordinate transforms between WGS84 and British National Grid (EPSG:27700) with Proj4J, zones,
 * indexed spatial analysis with JTS, and GeoJSON reading and writing with jts-io. Distances, buffers and areas are
 * always computed in EPSG:27700 metres, never in degrees. No persistence and no UI: other modules call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geo engine")
package uk.gov.halton.planner.geo;
