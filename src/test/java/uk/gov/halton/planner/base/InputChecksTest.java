package uk.gov.halton.planner.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constraints every input record uses, and the field-named message a broken one gives. */
class InputChecksTest {

    record Input(
            @NotBlank(message = "A name is needed.") @Size(max = 10) @SingleLine("The name")
            String name,

            @Size(max = 20) @PlainText("The notes") String notes,
            List<@SingleLine("An agency's name") String> agencies,
            @Email String email) {}

    private static void refused(Input input, String field, String message) {
        assertThatThrownBy(() -> InputChecks.check(input)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void plainTextAllowsMarkupTabsAndLineBreaksButNotControlOrBrokenCharacters() {
        Input markup = new Input("<b>x</b>", "a\tb\r\nc 🏭", List.of(), null);
        assertThat(InputChecks.check(markup)).isSameAs(markup);
        refused(
                new Input("Name", "ab\u0000", List.of(), null),
                "notes",
                "The notes contains a control character (U+0000) at position 3: remove it and try again.");
        refused(
                new Input("Name", "\uD800", List.of(), null),
                "notes",
                "The notes contains a broken character (U+D800) at position 1: remove it and try again.");
    }

    @Test
    void singleLineRefusesEveryKindOfLineBreak() {
        for (String lineBreak : new String[] {"\n", "\r", "\u0085", "\u2028", "\u2029"}) {
            refused(
                    new Input("Tw" + lineBreak + "o", null, List.of(), null),
                    "name",
                    "The name contains a line break at position 3, but it is a single line: remove it and try again.");
        }
        refused(
                new Input("Name", null, List.of("Police", "Fire\nand Rescue"), null),
                "agencies",
                "An agency's name contains a line break at position 5, but it is a single line: remove it and try again.");
    }

    @Test
    void standardConstraintsUseThePlannersWording() {
        refused(new Input(" ", null, List.of(), null), "name", "A name is needed.");
        refused(new Input("x".repeat(11), null, List.of(), null), "name", "At most 10 characters, please.");
        refused(new Input("Name", null, List.of(), "not-an-address"), "email", "That is not an email address.");
    }

    @Test
    void theFirstBrokenRuleIsTheFirstFieldInTheRecordsOrderEveryTime() {
        for (int i = 0; i < 20; i++) {
            refused(
                    new Input("x".repeat(11), "\u0007", List.of("a\nb"), "bad"),
                    "name",
                    "At most 10 characters, please.");
            refused(
                    new Input("ok", "\u0007", List.of("a\nb"), "bad"),
                    "notes",
                    "The notes contains a control character (U+0007) at position 1: remove it and try again.");
        }
    }

    @Test
    void theStripRuleKeepsTextAndMakesBlankNone() {
        assertThat(TextRules.strip("  a b \n")).isEqualTo("a b");
        assertThat(TextRules.strip(" \t ")).isNull();
        assertThat(TextRules.strip(null)).isNull();
    }
}
