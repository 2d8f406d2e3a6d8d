/** The reusable OpenLayers map component, for any module's views. */
@org.springframework.modulith.NamedInterface("map")
package uk.gov.halton.planner.geo.map;
