package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** planner.base-url with one slash rule, and planner.time-zone checked when the application starts. */
class PlannerPropertiesTest {

    private static PlannerProperties with(String zone, String baseUrl) {
        return new PlannerProperties(zone, baseUrl, null, false, null);
    }

    @Test
    void aLinkHasOneSlashBetweenTheBaseUrlAndThePathWhateverEitherEndsOrStartsWith() {
        for (String base : new String[] {
            "https://planner.example/halton", "https://planner.example/halton/", "https://planner.example/halton//"
        }) {
            PlannerProperties properties = with(null, base);
            assertThat(properties.link("alerts")).as(base).isEqualTo("https://planner.example/halton/alerts");
            assertThat(properties.link("/plans/p1")).as(base).isEqualTo("https://planner.example/halton/plans/p1");
            assertThat(properties.baseUrlSet()).isTrue();
        }
    }

    @Test
    void withoutABaseUrlLinksUseLocalhostAndTheFeedMayTakeThePagesAddress() {
        PlannerProperties properties = with(null, " ");
        assertThat(properties.baseUrlSet()).isFalse();
        assertThat(properties.link("alerts/settings")).isEqualTo("http://localhost:8080/alerts/settings");
        assertThat(properties.link(null)).isEqualTo("http://localhost:8080/");
    }

    @Test
    void theZoneIsEuropeLondonUnlessSetAndANameThatIsNoZoneStopsTheStart() {
        assertThat(with(null, null).zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(with("Europe/Dublin", null).zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThatThrownBy(() -> with("Europe/Runcorn", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planner.time-zone")
                .hasMessageContaining("Europe/Runcorn");
        assertThat(with(null, null).data().dir()).isEqualTo(".");
        assertThat(with(null, null).admin().username()).isEmpty();
    }
}
