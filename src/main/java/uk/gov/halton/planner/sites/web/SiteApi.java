package uk.gov.halton.planner.sites.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.halton.planner.sites.SiteService;

/**
 * Read-only GeoJSON for partners' GIS tools (QGIS: Layer, Add Vector Layer, Protocol HTTP(S), with HTTP Basic
 * authentication against the same users). Signed-in sessions work too.
 */
@RestController
@RequestMapping("/api")
class SiteApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final SiteService sites;

    SiteApi(SiteService sites) {
        this.sites = sites;
    }

    @GetMapping("/sites")
    ResponseEntity<String> sites() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(sites.sitesGeoJson());
    }

    @GetMapping("/zones")
    ResponseEntity<String> zones() {
        return ResponseEntity.ok().contentType(GEO_JSON).body(sites.zonesGeoJson());
    }
}
