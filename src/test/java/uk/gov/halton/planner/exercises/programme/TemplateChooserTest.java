package uk.gov.halton.planner.exercises.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateChooserTest {

    private static final Set<String> TYPES = Set.of("seminar", "tabletop", "control-post", "live", "communications");

    @Test
    void prefersTheTypeSuitedToMostUntestedElements() {
        var choice = TemplateChooser.choose(
                List.of(
                        List.of("communications", "control-post"),
                        List.of("communications", "tabletop"),
                        List.of("communications")),
                TYPES,
                "tabletop");
        assertThat(choice).isEqualTo(new TemplateChooser.Choice("communications", 3));
    }

    @Test
    void keepsTheDefaultOnATieOrWhenNothingIsUntested() {
        assertThat(TemplateChooser.choose(List.of(List.of("tabletop", "live")), TYPES, "tabletop"))
                .isEqualTo(new TemplateChooser.Choice("tabletop", 1));
        assertThat(TemplateChooser.choose(List.of(), TYPES, "tabletop"))
                .isEqualTo(new TemplateChooser.Choice("tabletop", 0));
        assertThat(TemplateChooser.choose(List.of(List.of("no-such-type")), TYPES, "tabletop"))
                .isEqualTo(new TemplateChooser.Choice("tabletop", 0));
    }
}
