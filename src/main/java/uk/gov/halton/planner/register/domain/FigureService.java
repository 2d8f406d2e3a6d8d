package uk.gov.halton.planner.register.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.base.InputChecks;
import uk.gov.halton.planner.base.InvalidInputException;

/** Indicator figures: reading them by year, entering them with validation, and their revision history. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FigureService {

    public static final int MAX_REASON = 1000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final FinancialYear FIRST_YEAR = new FinancialYear(2000);
    static final int FUTURE_YEARS = 5;

    private final Figures figures;
    private final FigureRevisions revisions;
    private final Indicators indicators;
    private final ComahLink comah;
    private final Clock clock;
    private final uk.gov.halton.planner.base.EditConflicts conflicts;

    FigureService(
            Figures figures,
            FigureRevisions revisions,
            Indicators indicators,
            ComahLink comah,
            Clock clock,
            uk.gov.halton.planner.base.EditConflicts conflicts) {
        this.figures = figures;
        this.revisions = revisions;
        this.indicators = indicators;
        this.comah = comah;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearFigures yearFigures(Indicator indicator, FinancialYear year) {
        if (indicator.isComputed()) {
            return computed(year);
        }
        return collect(figures.findByIndicatorId(indicator.getId()), year);
    }

    /** Every indicator's figures for a year, by indicator id. */
    public Map<Long, YearFigures> allFor(FinancialYear year) {
        Map<Long, List<Figure>> byIndicator = new HashMap<>();
        figures.findByFyStartBetween(year.startYear(), year.startYear())
                .forEach(f -> byIndicator
                        .computeIfAbsent(f.getIndicatorId(), k -> new ArrayList<>())
                        .add(f));
        Map<Long, YearFigures> out = new HashMap<>();
        for (Indicator i : indicators.findAll()) {
            out.put(
                    i.getId(),
                    i.isComputed() ? computed(year) : collect(byIndicator.getOrDefault(i.getId(), List.of()), year));
        }
        return out;
    }

    public List<FigureRevision> history(long indicatorId) {
        return revisions.findByIndicatorIdOrderByChangedAtDesc(indicatorId);
    }

    public List<Figure> all() {
        return figures.findAll();
    }

    private YearFigures computed(FinancialYear year) {
        List<BigDecimal> quarters = Arrays.asList(null, null, null, null);
        for (int q = 1; q <= 4; q++) {
            quarters.set(q - 1, comah.shareTested(year, q, today()).orElse(null));
        }
        return new YearFigures(null, null, quarters, false);
    }

    private static YearFigures collect(List<Figure> list, FinancialYear year) {
        BigDecimal target = null;
        BigDecimal actual = null;
        List<BigDecimal> quarters = Arrays.asList(null, null, null, null);
        boolean sample = false;
        for (Figure f : list) {
            if (f.getFyStart() != year.startYear()) {
                continue;
            }
            sample |= f.isSample();
            if (f.getPeriod() == Figure.YEAR) {
                if (f.getKind() == FigureKind.TARGET) {
                    target = f.getAmount();
                } else {
                    actual = f.getAmount();
                }
            } else if (f.getKind() == FigureKind.ACTUAL) {
                quarters.set(f.getPeriod() - 1, f.getAmount());
            }
        }
        return new YearFigures(target, actual, quarters, sample);
    }

    /** Saves a set of figures together: all of them, or (on the first invalid one) none. */
    @Transactional
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    public int save(List<FigureInput> inputs) {
        inputs.forEach(this::check);
        int changed = 0;
        for (FigureInput input : inputs) {
            if (apply(input)) {
                changed++;
            }
        }
        return changed;
    }

    /** Whether a period (a quarter, or {@link Figure#YEAR}) has begun today, and so can have an actual figure. */
    public boolean takesActuals(FinancialYear year, int period) {
        return periodBegun(year, period, today());
    }

    /** Checks one figure against every rule without saving; throws {@link InvalidInputException} naming the field. */
    public void check(FigureInput input) {
        Indicator indicator = indicator(input.indicatorRef());
        if (input.year() == null) {
            throw new InvalidInputException("year", "Choose a financial year.");
        }
        checkYear(input.year(), today());
        if (input.period() < 0 || input.period() > 4) {
            throw new InvalidInputException("period", "The period is the year or a quarter Q1 to Q4.");
        }
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "Say whether the figure is an actual or a target.");
        }
        if (input.kind() == FigureKind.TARGET && input.period() != Figure.YEAR) {
            throw new InvalidInputException("period", "Targets are set for the whole year, not for a quarter.");
        }
        String what = indicator.getRef() + " " + FigureInput.periodLabel(input.period()) + " "
                + input.year().label();
        LocalDate today = today();
        if (input.kind() == FigureKind.ACTUAL && !periodBegun(input.year(), input.period(), today)) {
            throw new InvalidInputException("amount", what + " has not begun, so it has no actual yet.");
        }
        BigDecimal amount = input.amount();
        if (amount != null) {
            if (amount.signum() < 0) {
                throw new InvalidInputException("amount", what + ": a figure cannot be negative.");
            }
            if (indicator.isCount() && amount.stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException("amount", what + ": a count is a whole number.");
            }
            if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
                throw new InvalidInputException("amount", what + ": at most two decimal places and 12 digits.");
            }
        }
        Optional<Figure> existing = existing(indicator, input);
        if (input.seen() != null
                && !sameAmount(
                        input.seen().amount(), existing.map(Figure::getAmount).orElse(null))) {
            throw existing.map(f -> conflicts.refused(f.getEnteredBy(), f.getEnteredAt()))
                    .orElseGet(() -> conflicts.refused(null, null));
        }
        boolean changes = existing.map(f -> amount == null || f.getAmount().compareTo(amount) != 0)
                .orElse(false);
        if (changes && periodEnded(input.year(), input.period(), today)) {
            String reason = input.reason() == null ? "" : input.reason().strip();
            if (reason.isEmpty()) {
                throw new InvalidInputException("reason", what + " has ended: give a reason for changing its figure.");
            }
            InputChecks.check(input);
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private boolean apply(FigureInput input) {
        Indicator indicator = indicator(input.indicatorRef());
        Optional<Figure> existing = existing(indicator, input);
        BigDecimal amount = input.amount();
        BigDecimal old = existing.map(Figure::getAmount).orElse(null);
        boolean same = old == null ? amount == null : amount != null && old.compareTo(amount) == 0;
        if (same && existing.map(f -> f.isSample() == input.sample()).orElse(true)) {
            return false;
        }
        String user = CurrentUser.name();
        if (!same && old != null && periodEnded(input.year(), input.period(), today())) {
            revisions.save(new FigureRevision(
                    indicator.getId(),
                    input.year().startYear(),
                    input.period(),
                    input.kind(),
                    old,
                    amount,
                    input.reason().strip(),
                    user,
                    clock.instant()));
        }
        if (amount == null) {
            existing.ifPresent(figures::delete);
            return true;
        }
        Figure figure = existing.orElseGet(
                () -> new Figure(indicator.getId(), input.year().startYear(), input.period(), input.kind()));
        figure.set(amount.setScale(2, java.math.RoundingMode.UNNECESSARY), input.sample(), user, clock.instant());
        figures.save(figure);
        return true;
    }

    private Optional<Figure> existing(Indicator indicator, FigureInput input) {
        return figures.findByIndicatorIdAndFyStartAndPeriodAndKind(
                indicator.getId(), input.year().startYear(), input.period(), input.kind());
    }

    private Indicator indicator(String ref) {
        Indicator indicator = indicators
                .findByRef(Objects.requireNonNullElse(ref, "").strip())
                .orElseThrow(() -> new InvalidInputException("indicator", "There is no indicator '" + ref + "'."));
        if (indicator.isComputed()) {
            throw new InvalidInputException(
                    "indicator",
                    indicator.getRef() + " is computed from the plans module; its figures cannot be entered.");
        }
        return indicator;
    }

    /** Figures and progress are kept from 2000/01 to five years ahead; another year is a slip of the keyboard. */
    static void checkYear(FinancialYear year, LocalDate today) {
        FinancialYear last = new FinancialYear(FinancialYear.of(today).startYear() + FUTURE_YEARS);
        if (year.startYear() < FIRST_YEAR.startYear() || year.compareTo(last) > 0) {
            throw new InvalidInputException(
                    "year",
                    "The financial year must be from " + FIRST_YEAR.label() + " to " + last.label() + " ("
                            + year.label() + " was given).");
        }
    }

    static boolean periodBegun(FinancialYear year, int period, LocalDate today) {
        return !today.isBefore(period == Figure.YEAR ? year.start() : year.quarterStart(period));
    }

    static boolean periodEnded(FinancialYear year, int period, LocalDate today) {
        LocalDate end = period == Figure.YEAR ? year.end() : year.quarterEnd(period);
        return today.isAfter(end);
    }
}
