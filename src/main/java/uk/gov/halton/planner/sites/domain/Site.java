package uk.gov.halton.planner.sites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A top-tier COMAH establishment in the register. */
@Entity
@Table(name = "site")
@Audited
public class Site {

    @Id
    private String id;

    @Version
    @NotAudited
    private long version;

    private String name;
    private String operator;
    private String address;
    private String town;
    private String tier;

    @Column(name = "plan_id")
    private String planId;

    @Column(name = "plan_title")
    private String planTitle;

    private double longitude;
    private double latitude;

    @Column(name = "position_approximate")
    private boolean positionApproximate;

    @Column(name = "position_note")
    private String positionNote;

    @Column(name = "piz_radius_m")
    private Integer pizRadiusMetres;

    @Column(name = "piz_polygon")
    private String pizPolygon;

    @Column(name = "piz_indicative")
    private boolean pizIndicative;

    @Column(name = "newly_top_tier")
    private boolean newlyTopTier;

    @Column(name = "newly_top_tier_note")
    private String newlyTopTierNote;

    @Column(name = "position_confirmed_by")
    private String positionConfirmedBy;

    @Column(name = "position_confirmed_at")
    private java.time.Instant positionConfirmedAt;

    @Column(name = "position_confirmation_source")
    private String positionConfirmationSource;

    private String hazards;
    private String note;
    private String sources;

    @NotAudited
    @Column(name = "position_edited")
    private boolean positionEdited;

    @NotAudited
    @Column(name = "zone_edited")
    private boolean zoneEdited;

    @NotAudited
    @Column(name = "details_edited")
    private boolean detailsEdited;

    protected Site() {}

    public Site(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String planTitle) {
        this.planTitle = planTitle;
    }

    public double getLongitude() {
        return longitude;
    }

    public double getLatitude() {
        return latitude;
    }
    /**
     * A confirmation is of one position: a site that moves loses it, and is flagged approximate again until someone
     * confirms the new position.
     */
    public void setPosition(double longitude, double latitude) {
        if (positionConfirmedAt != null && (longitude != this.longitude || latitude != this.latitude)) {
            positionConfirmedBy = null;
            positionConfirmedAt = null;
            positionConfirmationSource = null;
            positionApproximate = true;
        }
        this.longitude = longitude;
        this.latitude = latitude;
    }

    /** Someone checked the position against a source: it is no longer approximate. */
    public void confirmPosition(String by, java.time.Instant at, String source) {
        this.positionConfirmedBy = by;
        this.positionConfirmedAt = at;
        this.positionConfirmationSource = source;
        this.positionApproximate = false;
    }

    public String getPositionConfirmedBy() {
        return positionConfirmedBy;
    }

    public java.time.Instant getPositionConfirmedAt() {
        return positionConfirmedAt;
    }

    public String getPositionConfirmationSource() {
        return positionConfirmationSource;
    }

    public boolean isPositionApproximate() {
        return positionApproximate;
    }

    public void setPositionApproximate(boolean positionApproximate) {
        this.positionApproximate = positionApproximate;
    }

    public String getPositionNote() {
        return positionNote;
    }

    public void setPositionNote(String positionNote) {
        this.positionNote = positionNote;
    }

    public Integer getPizRadiusMetres() {
        return pizRadiusMetres;
    }

    public String getPizPolygon() {
        return pizPolygon;
    }

    public void setZone(Integer radiusMetres, String polygonGeoJson) {
        this.pizRadiusMetres = radiusMetres;
        this.pizPolygon = polygonGeoJson;
    }

    public boolean isPizIndicative() {
        return pizIndicative;
    }

    public void setPizIndicative(boolean pizIndicative) {
        this.pizIndicative = pizIndicative;
    }

    public boolean isNewlyTopTier() {
        return newlyTopTier;
    }

    public void setNewlyTopTier(boolean newlyTopTier) {
        this.newlyTopTier = newlyTopTier;
    }

    public String getNewlyTopTierNote() {
        return newlyTopTierNote;
    }

    public void setNewlyTopTierNote(String newlyTopTierNote) {
        this.newlyTopTierNote = newlyTopTierNote;
    }

    public String getHazards() {
        return hazards;
    }

    public void setHazards(String hazards) {
        this.hazards = hazards;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public boolean isPositionEdited() {
        return positionEdited;
    }

    public void markPositionEdited() {
        this.positionEdited = true;
    }

    public boolean isZoneEdited() {
        return zoneEdited;
    }

    public void markZoneEdited() {
        this.zoneEdited = true;
    }

    public boolean isDetailsEdited() {
        return detailsEdited;
    }

    public void markDetailsEdited() {
        this.detailsEdited = true;
    }
}
