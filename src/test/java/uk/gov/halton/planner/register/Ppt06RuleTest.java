package uk.gov.halton.planner.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.Ppt06Rule;
import uk.gov.halton.planner.register.domain.ProgressStatus;

/** The PPT 06 rules, with a fake exercise programme in place of the planning modules. */
class Ppt06RuleTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);

    /**
     * A fake programme with one exercise held on {@code held} and one scheduled on {@code scheduled} (either may be
     * null), judged as the real programme judges it; it records the dates it was asked about.
     */
    record FakeProgramme(LocalDate held, LocalDate scheduled, Double share, java.util.List<LocalDate> asked)
            implements ComahProgrammeFacts {

        FakeProgramme(LocalDate held, LocalDate scheduled, Double share) {
            this(held, scheduled, share, new java.util.ArrayList<>());
        }

        @Override
        public Ppt06Facts factsFor(FinancialYear year, LocalDate asOf) {
            asked.add(asOf);
            if (held != null && year.contains(held) && !held.isAfter(asOf)) {
                return new Ppt06Facts(Ppt06Facts.Standing.HELD, "Held on " + held);
            }
            if (asOf.isAfter(year.end())) {
                return new Ppt06Facts(Ppt06Facts.Standing.NOT_HELD, "None held");
            }
            if (scheduled != null && year.contains(scheduled) && !scheduled.isBefore(asOf)) {
                return new Ppt06Facts(Ppt06Facts.Standing.SCHEDULED, "Scheduled for " + scheduled);
            }
            return new Ppt06Facts(Ppt06Facts.Standing.AT_RISK, "Nothing scheduled");
        }

        @Override
        public Optional<Double> shareOfPlansTestedWithinThreeYears(LocalDate quarterEnd) {
            return Optional.ofNullable(share);
        }
    }

    @Test
    void theProgrammesVerdictMapsToOneSymbolEach() {
        assertThat(Ppt06Rule.evaluate(new Ppt06Facts(Ppt06Facts.Standing.HELD, "Held"))
                        .status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(Ppt06Rule.evaluate(new Ppt06Facts(Ppt06Facts.Standing.SCHEDULED, "Scheduled"))
                        .status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        var atRisk = Ppt06Rule.evaluate(new Ppt06Facts(Ppt06Facts.Standing.AT_RISK, "Not yet recorded"));
        assertThat(atRisk.status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(atRisk.commentary()).isEqualTo("Not yet recorded.");
        assertThat(Ppt06Rule.evaluate(new Ppt06Facts(Ppt06Facts.Standing.NOT_HELD, "None"))
                        .status())
                .isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);
    }

    @Test
    void anExerciseOn31MarchStillCountsAndOnceTheYearEndsQ4Resolves() {
        ComahLink link = link(new FakeProgramme(null, LocalDate.of(2027, 3, 31), null));
        // On 31 March an exercise scheduled that day is still possible.
        assertThat(link.ppt06(YEAR, 4, LocalDate.of(2027, 3, 31)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        // On 1 April the year is over: Q4 is judged as of today, and a schedule cannot rescue it.
        assertThat(link.ppt06(YEAR, 4, LocalDate.of(2027, 4, 1)).orElseThrow().status())
                .isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);
        // Held on 31 March: achieved, also when looked at on 1 April.
        ComahLink heldOnLastDay = link(new FakeProgramme(LocalDate.of(2027, 3, 31), null, null));
        assertThat(heldOnLastDay
                        .ppt06(YEAR, 4, LocalDate.of(2027, 4, 1))
                        .orElseThrow()
                        .status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        // And 1 April opens the next year, where nothing has happened yet: uncertain, not lost.
        assertThat(link.ppt06(YEAR.next(), 1, LocalDate.of(2027, 4, 1))
                        .orElseThrow()
                        .status())
                .isEqualTo(ProgressStatus.UNCERTAIN);
    }

    @Test
    void aPastQuarterIsJudgedAsAtItsEnd() {
        FakeProgramme programme = new FakeProgramme(LocalDate.of(2026, 11, 20), null, null);
        ComahLink link = link(programme);
        link.ppt06(YEAR, 2, LocalDate.of(2027, 1, 10));
        link.ppt06(YEAR, 3, LocalDate.of(2027, 1, 10));
        assertThat(programme.asked()).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(link.ppt06(YEAR, 3, LocalDate.of(2027, 1, 10)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        // A quarter that has not begun has no progress.
        assertThat(link.ppt06(YEAR, 4, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void withoutTheProgrammeNothingIsComputed() {
        ComahLink none = link(null);
        assertThat(none.isLinked()).isFalse();
        assertThat(none.ppt06(YEAR, 1, LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(none.shareTested(YEAR, 1, LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void theShareOfPlansTestedIsShownInPerCent() {
        ComahLink link = link(new FakeProgramme(null, null, 7.0 / 9));
        assertThat(link.shareTested(YEAR, 1, LocalDate.of(2026, 7, 1)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("77.8"));
    }

    static ComahLink link(ComahProgrammeFacts facts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (facts != null) {
            beans.addBean("facts", facts);
        }
        try {
            Constructor<ComahLink> c =
                    ComahLink.class.getDeclaredConstructor(org.springframework.beans.factory.ObjectProvider.class);
            c.setAccessible(true);
            return c.newInstance(beans.getBeanProvider(ComahProgrammeFacts.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
