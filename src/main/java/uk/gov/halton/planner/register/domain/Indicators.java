package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface Indicators extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByRef(String ref);

    List<Indicator> findAllByOrderBySortOrderAsc();
}
