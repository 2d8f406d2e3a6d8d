package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Objectives extends JpaRepository<Objective, Long> {
    Optional<Objective> findByObjectiveKey(String objectiveKey);

    Optional<Objective> findByRef(String ref);

    List<Objective> findAllByOrderBySortOrderAsc();
}
