package uk.gov.halton.planner.sites.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** planner.map.tiles.url and planner.map.tiles.attribution: an optional XYZ background for the maps. */
@ConfigurationProperties("planner.map.tiles")
public record MapSettings(String url, String attribution) {
}
