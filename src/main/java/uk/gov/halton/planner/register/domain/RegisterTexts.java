package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterTexts extends JpaRepository<RegisterText, Long> {
    Optional<RegisterText> findByTextKey(String textKey);

    List<RegisterText> findAllByOrderByKindAscSortOrderAsc();
}
