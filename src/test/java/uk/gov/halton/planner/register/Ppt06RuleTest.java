package uk.gov.halton.planner.register;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import uk.gov.halton.planner.base.FinancialYear;
import uk.gov.halton.planner.register.domain.ComahLink;
import uk.gov.halton.planner.register.domain.Ppt06Rule;
import uk.gov.halton.planner.register.domain.ProgressStatus;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The PPT 06 rules, with a fake exercise programme in place of the planning modules. */
class Ppt06RuleTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);

    /** A fake programme: one exercise held on {@code held} and one scheduled on {@code scheduled}, either may be null. */
    record FakeProgramme(LocalDate held, LocalDate scheduled, Double share) implements ComahProgrammeFacts {
        @Override
        public Ppt06Facts factsFor(FinancialYear year, LocalDate today) {
            boolean wasHeld = held != null && year.contains(held) && !held.isAfter(today);
            boolean isScheduled = scheduled != null && year.contains(scheduled) && !scheduled.isBefore(today);
            return new Ppt06Facts(wasHeld, wasHeld ? held : null, isScheduled, isScheduled ? scheduled : null);
        }

        @Override
        public Optional<Double> shareOfPlansTestedWithinThreeYears(LocalDate quarterEnd) {
            return Optional.ofNullable(share);
        }
    }

    @Test
    void heldIsOnCourse() {
        var outcome = Ppt06Rule.evaluate(YEAR, LocalDate.of(2026, 11, 1), Ppt06Facts.held(LocalDate.of(2026, 10, 14)));
        assertThat(outcome.status()).isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(outcome.commentary()).contains("14 October 2026");
    }

    @Test
    void onlyScheduledIsUncertain() {
        var outcome = Ppt06Rule.evaluate(YEAR, LocalDate.of(2026, 11, 1), Ppt06Facts.scheduled(LocalDate.of(2027, 2, 3)));
        assertThat(outcome.status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(outcome.commentary()).contains("3 February 2027").contains("31 March 2027");
    }

    @Test
    void noneHeldAndNonePossibleBefore31MarchWillNotBeAchieved() {
        assertThat(Ppt06Rule.evaluate(YEAR, LocalDate.of(2027, 3, 1), Ppt06Facts.none()).status())
                .isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);
    }

    @Test
    void anExerciseOn31MarchStillCountsButOn1AprilTheYearIsClosed() {
        ComahLink link = link(new FakeProgramme(null, LocalDate.of(2027, 3, 31), null));
        // On 31 March an exercise scheduled that day is still possible.
        assertThat(link.ppt06(YEAR, 4, LocalDate.of(2027, 3, 31)).orElseThrow().status()).isEqualTo(ProgressStatus.UNCERTAIN);
        // Held on 31 March: on course, also when looked at on 1 April.
        ComahLink heldOnLastDay = link(new FakeProgramme(LocalDate.of(2027, 3, 31), null, null));
        assertThat(heldOnLastDay.ppt06(YEAR, 4, LocalDate.of(2027, 4, 1)).orElseThrow().status())
                .isEqualTo(ProgressStatus.ON_COURSE);
        // On 1 April the year is over: a schedule cannot rescue it.
        assertThat(Ppt06Rule.evaluate(YEAR, LocalDate.of(2027, 4, 1), Ppt06Facts.scheduled(LocalDate.of(2027, 3, 31))).status())
                .isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);
        // And 1 April opens the next year, where nothing has happened yet.
        assertThat(link.ppt06(YEAR.next(), 1, LocalDate.of(2027, 4, 1)).orElseThrow().status())
                .isEqualTo(ProgressStatus.WILL_NOT_BE_ACHIEVED);
    }

    @Test
    void aPastQuarterIsJudgedAsAtItsEnd() {
        ComahLink link = link(new FakeProgramme(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), null));
        // In Q2 (to 30 September) the November exercise was only scheduled.
        assertThat(link.ppt06(YEAR, 2, LocalDate.of(2027, 1, 10)).orElseThrow().status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(link.ppt06(YEAR, 3, LocalDate.of(2027, 1, 10)).orElseThrow().status()).isEqualTo(ProgressStatus.ON_COURSE);
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
        assertThat(link.shareTested(YEAR, 1, LocalDate.of(2026, 7, 1))).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("77.8"));
    }

    static ComahLink link(ComahProgrammeFacts facts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (facts != null) {
            beans.addBean("facts", facts);
        }
        try {
            Constructor<ComahLink> c = ComahLink.class.getDeclaredConstructor(org.springframework.beans.factory.ObjectProvider.class);
            c.setAccessible(true);
            return c.newInstance(beans.getBeanProvider(ComahProgrammeFacts.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
