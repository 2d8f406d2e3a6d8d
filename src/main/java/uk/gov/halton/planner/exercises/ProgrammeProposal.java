package uk.gov.halton.planner.exercises;

import java.time.LocalDate;
import java.util.List;
import uk.gov.halton.planner.base.FinancialYear;

/** An exercise the programme planner proposed, and where it stands. */
public record ProgrammeProposal(
        long id,
        FinancialYear year,
        LocalDate date,
        String templateType,
        List<String> planIds,
        String reason,
        String warning,
        ProposalState state,
        Long exerciseId,
        String decidedBy) {}
