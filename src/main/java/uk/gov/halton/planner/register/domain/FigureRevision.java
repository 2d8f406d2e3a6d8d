package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A change to a figure of a quarter (or year) that had already ended: who, when, old, new and why. */
@Entity
@Audited
@Table(name = "reg_figure_revision")
public class FigureRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(name = "fy_start")
    private int fyStart;

    private int period;

    @Enumerated(EnumType.STRING)
    private FigureKind kind;

    @Column(name = "old_amount")
    private BigDecimal oldAmount;

    @Column(name = "new_amount")
    private BigDecimal newAmount;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected FigureRevision() {}

    public FigureRevision(
            Long indicatorId,
            int fyStart,
            int period,
            FigureKind kind,
            BigDecimal oldAmount,
            BigDecimal newAmount,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.indicatorId = indicatorId;
        this.fyStart = fyStart;
        this.period = period;
        this.kind = kind;
        this.oldAmount = oldAmount;
        this.newAmount = newAmount;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public int getFyStart() {
        return fyStart;
    }

    public int getPeriod() {
        return period;
    }

    public FigureKind getKind() {
        return kind;
    }

    public BigDecimal getOldAmount() {
        return oldAmount;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
