package uk.gov.halton.planner.exercises;

import java.util.List;
import java.util.Optional;
import uk.gov.halton.planner.base.FinancialYear;

/** One financial year's programme: its exercises, each plan's check, the proposals and the approval. */
public record Programme(
        FinancialYear year,
        YearCompliance compliance,
        List<ExerciseSummary> exercises,
        List<PlanCheck> planChecks,
        List<ProgrammeProposal> proposals,
        Optional<ProgrammeApproval> approval) {}
