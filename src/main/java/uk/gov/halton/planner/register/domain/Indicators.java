package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Indicators extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByRef(String ref);

    List<Indicator> findAllByOrderBySortOrderAsc();
}
