package uk.gov.halton.planner.exercises.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.gov.halton.planner.exercises.ProposalState;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByStateOrderByProposedOn(ProposalState state);

    List<Proposal> findByFyStartOrderByProposedOn(int fyStart);
}
