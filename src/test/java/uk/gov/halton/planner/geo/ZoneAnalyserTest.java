package uk.gov.halton.planner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import uk.gov.halton.planner.geo.ZoneAnalyser.Area;
import uk.gov.halton.planner.geo.ZoneAnalyser.Receptor;
import uk.gov.halton.planner.geo.ZoneAnalyser.SiteAnalysis;
import uk.gov.halton.planner.geo.ZoneAnalyser.ZoneSite;

class ZoneAnalyserTest {

    private static Point at(double e, double n) {
        return BritishNationalGrid.BNG.createPoint(new Coordinate(e, n));
    }

    private static ZoneSite site(String id, double e, double n, double radius) {
        return new ZoneSite(id, at(e, n), Zones.circle(at(e, n), radius));
    }

    private static Area square(String id, double minE, double minN, double size) {
        return new Area(
                id,
                BritishNationalGrid.BNG.toGeometry(
                        new org.locationtech.jts.geom.Envelope(minE, minE + size, minN, minN + size)));
    }

    private final List<ZoneSite> sites = List.of(
            site("a", 350_000, 380_000, 1000),
            site("b", 351_500, 380_000, 1000), // 1.5 km from a: the zones overlap
            site("c", 360_000, 380_000, 500)); // far away
    private final List<Receptor> receptors = List.of(
            new Receptor("school-in-a", "school", at(350_200, 380_100)),
            new Receptor("school-in-both", "school", at(350_750, 380_000)),
            new Receptor("hospital-on-a-edge", "hospital", at(349_000, 380_000)),
            new Receptor("care-home-outside", "care-home", at(355_000, 385_000)));
    private final List<Area> wards = List.of(
            square("west", 345_000, 375_000, 5000),
            square("east", 350_000, 375_000, 5000),
            square("far", 370_000, 375_000, 5000));

    @Test
    void receptorsInsideEachZoneAreFoundByCategory() {
        Map<String, SiteAnalysis> byId = index(ZoneAnalyser.analyse(sites, receptors, wards));

        assertThat(byId.get("a").receptorsByCategory())
                .isEqualTo(Map.of(
                        "school", List.of("school-in-a", "school-in-both"),
                        "hospital", List.of("hospital-on-a-edge")));
        assertThat(byId.get("b").receptorsByCategory()).isEqualTo(Map.of("school", List.of("school-in-both")));
        assertThat(byId.get("c").receptorCount()).isZero();
    }

    @Test
    void wardsThatAZoneReachesAreListed() {
        Map<String, SiteAnalysis> byId = index(ZoneAnalyser.analyse(sites, receptors, wards));
        assertThat(byId.get("a").areas()).containsExactly("east", "west");
        assertThat(byId.get("b").areas()).containsExactly("east");
        assertThat(byId.get("c").areas()).isEmpty();
    }

    @Test
    void overlappingZonesAndNearestSitesAreFound() {
        Map<String, SiteAnalysis> byId = index(ZoneAnalyser.analyse(sites, receptors, wards));
        assertThat(byId.get("a").overlappingSites()).containsExactly("b");
        assertThat(byId.get("b").overlappingSites()).containsExactly("a");
        assertThat(byId.get("c").overlappingSites()).isEmpty();
        assertThat(byId.get("a").nearestSiteId()).isEqualTo("b");
        assertThat(byId.get("a").nearestDistanceMetres()).isCloseTo(1500, within(0.001));
        assertThat(byId.get("c").nearestSiteId()).isEqualTo("b");
    }

    @Test
    void zonesThatOnlyTouchDoNotOverlap() {
        List<ZoneSite> touching = List.of(
                new ZoneSite("x", at(0, 0), square("x", 0, 0, 100).geometry()),
                new ZoneSite("y", at(100, 0), square("y", 100, 0, 100).geometry()));
        assertThat(ZoneAnalyser.analyse(touching, List.of(), List.of())
                        .getFirst()
                        .overlappingSites())
                .isEmpty();
    }

    @Test
    void theIndexedAnalysisAgreesWithBruteForceOnRandomData() {
        Random random = new Random(42);
        List<ZoneSite> manySites = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            manySites.add(site(
                    "s" + i,
                    random.nextDouble() * 50_000,
                    random.nextDouble() * 50_000,
                    100 + random.nextDouble() * 4000));
        }
        List<Receptor> manyReceptors = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            manyReceptors.add(new Receptor(
                    "r" + i,
                    i % 3 == 0 ? "school" : "care-home",
                    at(random.nextDouble() * 50_000, random.nextDouble() * 50_000)));
        }
        List<Area> grid = new ArrayList<>();
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) {
                grid.add(square("w" + x + y, x * 10_000, y * 10_000, 10_000));
            }
        }
        assertThat(ZoneAnalyser.analyse(manySites, manyReceptors, grid))
                .isEqualTo(ZoneAnalyser.analyseBruteForce(manySites, manyReceptors, grid));
    }

    private static Map<String, SiteAnalysis> index(List<SiteAnalysis> analyses) {
        return analyses.stream().collect(java.util.stream.Collectors.toMap(SiteAnalysis::siteId, a -> a));
    }
}
