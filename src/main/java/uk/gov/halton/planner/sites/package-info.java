/**
 * The COMAH site register: establishments, operators, public information zones, the geodata around them, the geo
 * engine (EPSG:27700 analysis) and the site map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sites")
package uk.gov.halton.planner.sites;
