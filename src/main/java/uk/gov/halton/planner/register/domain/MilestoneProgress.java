package uk.gov.halton.planner.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An officer's progress report on one milestone for one quarter. */
@Entity
@Audited
@Table(name = "reg_milestone_progress")
public class MilestoneProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id")
    private Long milestoneId;

    @Column(name = "fy_start")
    private int fyStart;

    private int quarter;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status;

    private String commentary;
    private String author;

    @Column(name = "written_at")
    private Instant writtenAt;

    private boolean sample;

    protected MilestoneProgress() {}

    public MilestoneProgress(Long milestoneId, int fyStart, int quarter) {
        this.milestoneId = milestoneId;
        this.fyStart = fyStart;
        this.quarter = quarter;
    }

    void set(ProgressStatus status, String commentary, String author, Instant writtenAt, boolean sample) {
        this.status = status;
        this.commentary = commentary;
        this.author = author;
        this.writtenAt = writtenAt;
        this.sample = sample;
    }

    public Long getId() {
        return id;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public int getFyStart() {
        return fyStart;
    }

    public int getQuarter() {
        return quarter;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public String getCommentary() {
        return commentary;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public boolean isSample() {
        return sample;
    }
}
