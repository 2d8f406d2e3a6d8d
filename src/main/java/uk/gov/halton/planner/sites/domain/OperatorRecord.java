package uk.gov.halton.planner.sites.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A former (or recorded alternative) operator of a site. */
@Entity
@Table(name = "operator_record")
@Audited
public class OperatorRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false)
    private String siteId;

    @Column(name = "operator_name", nullable = false)
    private String operatorName;

    /** Free text ("2021", "2026-11-26"), or empty when not known. */
    @Column(name = "until_text")
    private String until;

    private String note;

    protected OperatorRecord() {}

    public OperatorRecord(String siteId, String operatorName, String until, String note) {
        this.siteId = siteId;
        this.operatorName = operatorName;
        this.until = until;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getUntil() {
        return until;
    }

    public String getNote() {
        return note;
    }
}
