package uk.gov.halton.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * National scale: 1,000 sites with zones of 0.5 to 3 km, 1,000,000 receptors and 1,000 areas spread over Great
 * Britain's grid, analysed with the indexes and by brute force in the same run. Not part of the default test run:
 * {@code ./mvnw test -Dsurefire.excludedGroups=none -Dtest=ZoneAnalysisBenchmark}. Figures go in
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class ZoneAnalysisBenchmark {

    private static final int SITES = 1_000;
    private static final int RECEPTORS = 1_000_000;
    private static final int AREAS = 1_000;

    @Test
    void nationalAnalysisIndexedAgainstBruteForce() {
        Random random = new Random(2026);
        List<ZoneAnalyser.ZoneSite> sites = new ArrayList<>();
        for (int i = 0; i < SITES; i++) {
            var location = point(random);
            sites.add(new ZoneAnalyser.ZoneSite(
                    "site-" + i, location, Zones.circle(location, 500 + random.nextDouble() * 2500)));
        }
        List<ZoneAnalyser.Receptor> receptors = new ArrayList<>(RECEPTORS);
        String[] categories = {"school", "hospital", "care-home", "nursery"};
        for (int i = 0; i < RECEPTORS; i++) {
            receptors.add(new ZoneAnalyser.Receptor("r" + i, categories[i % 4], point(random)));
        }
        List<ZoneAnalyser.Area> areas = new ArrayList<>();
        int side = (int) Math.sqrt(AREAS);
        double width = 700_000.0 / side;
        double height = 1_250_000.0 / side;
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                areas.add(new ZoneAnalyser.Area(
                        "area-" + x + "-" + y,
                        BritishNationalGrid.BNG.toGeometry(
                                new Envelope(x * width, (x + 1) * width, y * height, (y + 1) * height))));
            }
        }

        double[] indexed = time(7, () -> ZoneAnalyser.analyse(sites, receptors, areas));
        double[] brute = time(3, () -> ZoneAnalyser.analyseBruteForce(sites, receptors, areas));
        String report = String.format(
                "Zone analysis, %,d sites x %,d receptors x %,d areas, %d cores: indexed median %.0f ms (runs %s); "
                        + "brute force median %.0f ms (runs %s); brute force / indexed = %.1f",
                SITES,
                RECEPTORS,
                AREAS,
                Runtime.getRuntime().availableProcessors(),
                median(indexed),
                Arrays.toString(indexed),
                median(brute),
                Arrays.toString(brute),
                median(brute) / median(indexed));
        System.out.println(report);
        assertThat(ZoneAnalyser.analyse(sites, receptors, areas))
                .isEqualTo(ZoneAnalyser.analyseBruteForce(sites, receptors, areas));
    }

    private static org.locationtech.jts.geom.Point point(Random random) {
        return BritishNationalGrid.BNG.createPoint(
                new Coordinate(random.nextDouble() * 700_000, random.nextDouble() * 1_250_000));
    }

    private static double[] time(int runs, Supplier<?> work) {
        work.get(); // warm-up
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
