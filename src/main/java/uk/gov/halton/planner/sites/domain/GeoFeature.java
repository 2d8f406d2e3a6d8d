package uk.gov.halton.planner.sites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A feature of a reference layer (borough, ward, receptor) from geodata/, its geometry kept as GeoJSON. */
@Entity
@Table(name = "geo_feature")
public class GeoFeature {

    public enum Layer {
        BOROUGH,
        WARD,
        RECEPTOR
    }

    @Embeddable
    public record Key(
            @Column(name = "layer") String layer,
            @Column(name = "id") String id) implements Serializable {}

    @EmbeddedId
    private Key key;

    private String name;
    private String category;
    private String town;
    private boolean approximate;
    private String note;
    private String geometry;

    protected GeoFeature() {}

    public GeoFeature(Layer layer, String id) {
        this.key = new Key(layer.name(), id);
    }

    public Layer getLayer() {
        return Layer.valueOf(key.layer());
    }

    public String getId() {
        return key.id();
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getTown() {
        return town;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public String getNote() {
        return note;
    }

    public String getGeometry() {
        return geometry;
    }

    public void describe(String name, String category, String town, boolean approximate, String note, String geometry) {
        this.name = name;
        this.category = category;
        this.town = town;
        this.approximate = approximate;
        this.note = note;
        this.geometry = geometry;
    }
}
