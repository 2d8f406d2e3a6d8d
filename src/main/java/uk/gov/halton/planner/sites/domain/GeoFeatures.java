package uk.gov.halton.planner.sites.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GeoFeatures extends JpaRepository<GeoFeature, GeoFeature.Key> {

    List<GeoFeature> findByKeyLayerOrderByName(String layer);

    void deleteByKeyLayer(String layer);
}
