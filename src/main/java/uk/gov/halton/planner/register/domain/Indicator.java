package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A performance indicator. Ref, description and theme come from the data file; unit, polarity and quarterly mode
 * are the register's own (the seed gives none) and stay as administrators set them when the file is reloaded.
 */
@Entity
@Audited
@Table(name = "reg_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ref;
    private String description;
    private String theme;

    @Column(name = "sort_order")
    private int sortOrder;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "quarterly_mode")
    private QuarterlyMode quarterlyMode;

    /** False while unit, polarity and mode are the system's defaults, not yet confirmed by the council. */
    @Column(name = "metadata_confirmed")
    private boolean metadataConfirmed;

    @Enumerated(EnumType.STRING)
    private IndicatorSource source;

    protected Indicator() {}

    public Indicator(String ref, Polarity defaultPolarity) {
        this.ref = ref;
        this.unit = "count";
        this.polarity = defaultPolarity;
        this.quarterlyMode = QuarterlyMode.FOR_THE_QUARTER;
        this.source = IndicatorSource.SEED;
    }

    void updateFromFile(String description, String theme, int sortOrder) {
        this.description = description;
        this.theme = theme;
        this.sortOrder = sortOrder;
    }

    void updateMetadata(String unit, Polarity polarity, QuarterlyMode quarterlyMode, boolean confirmed) {
        this.unit = unit;
        this.polarity = polarity;
        this.quarterlyMode = quarterlyMode;
        this.metadataConfirmed = confirmed;
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public String getDescription() {
        return description;
    }

    public String getTheme() {
        return theme;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public QuarterlyMode getQuarterlyMode() {
        return quarterlyMode;
    }

    public boolean isMetadataConfirmed() {
        return metadataConfirmed;
    }

    public IndicatorSource getSource() {
        return source;
    }

    public boolean isComputed() {
        return source == IndicatorSource.LOCAL_COMAH;
    }

    /** Percentages and ratios may have decimals; counts are whole. */
    public boolean isCount() {
        return "count".equalsIgnoreCase(unit);
    }
}
