package uk.gov.halton.planner.exercises.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import uk.gov.halton.planner.exercises.ProposalState;

import java.util.List;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByStateOrderByProposedOn(ProposalState state);

    List<Proposal> findByFyStartOrderByProposedOn(int fyStart);
}
