package uk.gov.halton.planner.exercises.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** A manager's approval of one financial year's exercise programme. */
@Entity
@Table(name = "programme_approval")
@Audited
public class Approval {

    @Id
    private Integer fyStart;

    private String approvedBy;
    private Instant approvedAt;
    private String note;

    protected Approval() {}

    public Approval(int fyStart, String approvedBy, Instant approvedAt, String note) {
        this.fyStart = fyStart;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.note = note;
    }

    public Integer getFyStart() {
        return fyStart;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
