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

/** One figure: an indicator's actual or target for a financial year (period 0) or one of its quarters (1 to 4). */
@Entity
@Audited
@Table(name = "reg_figure")
public class Figure {

    public static final int YEAR = 0;

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

    private BigDecimal amount;

    private boolean sample;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at")
    private Instant enteredAt;

    protected Figure() {}

    public Figure(Long indicatorId, int fyStart, int period, FigureKind kind) {
        this.indicatorId = indicatorId;
        this.fyStart = fyStart;
        this.period = period;
        this.kind = kind;
    }

    void set(BigDecimal amount, boolean sample, String enteredBy, Instant enteredAt) {
        this.amount = amount;
        this.sample = sample;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
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

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isSample() {
        return sample;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
