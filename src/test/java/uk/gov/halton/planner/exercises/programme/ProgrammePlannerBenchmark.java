package uk.gov.halton.planner.exercises.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The planner at national scale: 1,000 plans with due dates spread over four years, 300 booked exercises.
 * Not part of the default build; run with
 * {@code ./mvnw -B -o -ntp test -Dtest=ProgrammePlannerBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
class ProgrammePlannerBenchmark {

    @Test
    void oneThousandPlans() {
        Random random = new Random(42);
        LocalDate today = LocalDate.of(2026, 6, 1);
        List<ProgrammePlanner.PlanDue> plans = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            plans.add(new ProgrammePlanner.PlanDue(
                    "plan-" + i, i % 50 == 0 ? null : today.minusDays(60).plusDays(random.nextInt(4 * 365))));
        }
        List<ProgrammePlanner.Booked> booked = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            booked.add(new ProgrammePlanner.Booked(
                    today.plusDays(random.nextInt(3 * 365)), List.of("plan-" + random.nextInt(1000))));
        }
        ProgrammePlanner.Settings settings = ProgrammeProperties.defaults().settings();
        for (int i = 0; i < 3; i++) {
            ProgrammePlanner.propose(plans, booked, today, settings);
        }
        long[] millis = new long[9];
        List<ProgrammePlanner.Proposal> result = List.of();
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            result = ProgrammePlanner.propose(plans, booked, today, settings);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCHMARK programme planner, 1000 plans, 300 booked: %d proposals, median %d ms "
                        + "(min %d, max %d) over %d runs%n",
                result.size(), millis[millis.length / 2], millis[0], millis[millis.length - 1], millis.length);
        ProgrammePlannerTest.assertKeepsTheRules(plans, booked, result);
        assertThat(millis[millis.length / 2]).as("median ms").isLessThan(5000);
    }
}
