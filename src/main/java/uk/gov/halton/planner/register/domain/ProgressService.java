package uk.gov.halton.planner.register.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;

/** Milestone progress per quarter: officers' reports, and PPT 06's progress taken live from the exercise programme. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    public static final int MAX_COMMENTARY = 4000;

    /** A milestone's progress for a quarter as shown: from an officer, computed, or none (with the reason why). */
    public record Progress(
            ProgressStatus status,
            String commentary,
            String author,
            Instant writtenAt,
            boolean sample,
            boolean computed,
            String missing) {

        public boolean isPresent() {
            return status != null;
        }
    }

    private final MilestoneProgresses progresses;
    private final Milestones milestones;
    private final ComahLink comah;
    private final Clock clock;

    ProgressService(MilestoneProgresses progresses, Milestones milestones, ComahLink comah, Clock clock) {
        this.progresses = progresses;
        this.milestones = milestones;
        this.comah = comah;
        this.clock = clock;
    }

    public Progress progress(Milestone milestone, FinancialYear year, int quarter) {
        if (milestone.isComahLinked()) {
            if (!comah.isLinked()) {
                return new Progress(null, null, null, null, false, true, ComahLink.NOT_LINKED);
            }
            return comah.ppt06(year, quarter, LocalDate.now(clock))
                    .map(o -> new Progress(o.status(), o.commentary(), "Exercise programme", null, false, true, null))
                    .orElse(new Progress(null, null, null, null, false, true, "This quarter has not begun."));
        }
        return progresses
                .findByMilestoneIdAndFyStartAndQuarter(milestone.getId(), year.startYear(), quarter)
                .map(p -> new Progress(
                        p.getStatus(), p.getCommentary(), p.getAuthor(), p.getWrittenAt(), p.isSample(), false, null))
                .orElse(new Progress(
                        null, null, null, null, false, false, "No progress reported for this quarter yet."));
    }

    public List<MilestoneProgress> history(long milestoneId) {
        return progresses.findByMilestoneIdOrderByFyStartDescQuarterDesc(milestoneId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    public MilestoneProgress record(
            long milestoneId,
            FinancialYear year,
            int quarter,
            ProgressStatus status,
            @NotBlank(message = "Write a commentary on the progress.")
                    @Size(max = MAX_COMMENTARY, message = "A commentary has at most {max} characters.")
                    @PlainText("The commentary")
                    String commentary,
            boolean sample) {
        Milestone milestone = milestones
                .findById(milestoneId)
                .orElseThrow(
                        () -> new InvalidInputException("milestone", "There is no milestone " + milestoneId + "."));
        if (milestone.isComahLinked()) {
            throw new InvalidInputException("status", "This milestone takes its progress from the exercise programme.");
        }
        if (year == null) {
            throw new InvalidInputException("year", "Choose a financial year.");
        }
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInputException("quarter", "Choose a quarter, Q1 to Q4.");
        }
        FigureService.checkYear(year, LocalDate.now(clock));
        if (LocalDate.now(clock).isBefore(year.quarterStart(quarter))) {
            throw new InvalidInputException("quarter", "Q" + quarter + " " + year.label() + " has not begun.");
        }
        if (status == null) {
            throw new InvalidInputException("status", "Choose on course, uncertain or will not be achieved.");
        }
        String text = commentary.strip();
        MilestoneProgress progress = progresses
                .findByMilestoneIdAndFyStartAndQuarter(milestoneId, year.startYear(), quarter)
                .orElseGet(() -> new MilestoneProgress(milestoneId, year.startYear(), quarter));
        progress.set(status, text, CurrentUser.name(), clock.instant(), sample);
        return progresses.save(progress);
    }

    public Optional<Milestone> milestone(long id) {
        return milestones.findById(id);
    }
}
