package uk.gov.halton.planner.register.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Figures extends JpaRepository<Figure, Long> {
    Optional<Figure> findByIndicatorIdAndFyStartAndPeriodAndKind(
            Long indicatorId, int fyStart, int period, FigureKind kind);

    List<Figure> findByIndicatorId(Long indicatorId);

    List<Figure> findByFyStartBetween(int from, int to);
}
