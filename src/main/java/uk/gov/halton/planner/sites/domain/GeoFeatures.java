package uk.gov.halton.planner.sites.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GeoFeatures extends JpaRepository<GeoFeature, GeoFeature.Key> {

    List<GeoFeature> findByKeyLayerOrderByName(String layer);

    void deleteByKeyLayer(String layer);
}
