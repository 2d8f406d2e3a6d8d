package uk.gov.halton.planner.plans.domain;

import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.plans.PlanElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standard elements' file: read into elements, or refused naming the file, the element, the field and why. */
class StandardElementsTest {

    private static final String TITLE = "title: \"  Setting the plan in motion \"";
    private static final String DETAIL = "detail: Who may set the emergency procedures going.";
    private static final String GOOD = """
            elements:
              - key: activation
                paragraph: "Schedule 4, Part 2, paragraph (a)(i)"
                %s
                %s
                exerciseTypes: [communications, tabletop]
            """.formatted(TITLE, DETAIL);

    @Test
    void theShippedFileGivesTheEightElementsOfSchedule4() {
        assertThat(new StandardElements().all()).hasSize(8).extracting(PlanElement::key)
                .startsWith("activation", "command-off-site", "warning-and-call-out");
    }

    @Test
    void aGoodFileIsReadWithItsTextsStripped() {
        List<PlanElement> elements = StandardElements.parse("test.yaml", GOOD);
        assertThat(elements).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Setting the plan in motion");
            assertThat(e.detail()).isEqualTo("Who may set the emergency procedures going.");
            assertThat(e.exerciseTypes()).containsExactly("communications", "tabletop");
            assertThat(e.local()).isFalse();
        });
    }

    @Test
    void aMissingTextAControlCharacterOrALineBreakInATitleIsRefusedNamingTheElementAndField() {
        assertProblem(GOOD.replace(DETAIL, "detail: \" \""), "elements[1].detail", "must be text");
        assertProblem(GOOD.replace(TITLE, "title: 42"), "elements[1].title", "must be text");
        assertProblem(GOOD.replace(DETAIL, "detail: \"Who may set the emergency procedures going.\\u0000\""),
                "elements[1].detail", "contains a control character (U+0000) at position 44: remove it and try again.");
        assertProblem(GOOD.replace(TITLE, "title: \"Setting\\nthe plan in motion\""), "elements[1].title",
                "contains a line break at position 8, but it is a single line: remove it and try again.");
    }

    private static void assertProblem(String yaml, String record, String problem) {
        assertThatThrownBy(() -> StandardElements.parse("test.yaml", yaml))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("test.yaml");
                    assertThat(e.record()).isEqualTo(record);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }
}
