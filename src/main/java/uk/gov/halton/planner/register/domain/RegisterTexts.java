package uk.gov.halton.planner.register.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface RegisterTexts extends JpaRepository<RegisterText, Long> {
    Optional<RegisterText> findByTextKey(String textKey);

    List<RegisterText> findAllByOrderByKindAscSortOrderAsc();
}
