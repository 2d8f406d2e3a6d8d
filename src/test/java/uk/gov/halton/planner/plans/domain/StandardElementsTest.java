package uk.gov.halton.planner.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.plans.PlanElement;

/**
 * An installation's own list of plan elements in the data folder replaces the shipped one; without it the shipped
 * list is read; a bad file stops the start naming the file, the line and the field.
 */
class StandardElementsTest {

    @TempDir
    Path dataDir;

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
        assertThat(new StandardElements(dataDir).all())
                .hasSize(8)
                .extracting(PlanElement::key)
                .startsWith("activation", "command-off-site", "warning-and-call-out");
    }

    @Test
    void aGoodFileIsReadWithItsTextsStripped() {
        assertThat(parse(GOOD)).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Setting the plan in motion");
            assertThat(e.detail()).isEqualTo("Who may set the emergency procedures going.");
            assertThat(e.exerciseTypes()).containsExactly("communications", "tabletop");
            assertThat(e.local()).isFalse();
        });
    }

    @Test
    void aMissingTextAControlCharacterOrALineBreakInATitleIsRefusedNamingTheLineAndField() {
        assertProblem(GOOD.replace(DETAIL, "detail: \" \""), "line 5, field elements[1].detail", "must be text");
        assertProblem(
                GOOD.replace(TITLE, "title: 42"),
                "line 4, field elements[1].title",
                "must be text (quoted, or YAML may read it as a number or true/false)");
        assertProblem(
                GOOD.replace(DETAIL, "detail: \"Who may set the emergency procedures going.\\u0000\""),
                "line 5, field elements[1].detail",
                "contains a control character (U+0000) at position 44: remove it and try again.");
        assertProblem(
                GOOD.replace(TITLE, "title: \"Setting\\nthe plan in motion\""),
                "line 4, field elements[1].title",
                "contains a line break at position 8, but it is a single line: remove it and try again.");
    }

    private static java.util.List<PlanElement> parse(String yaml) {
        return StandardElements.parse(new uk.gov.halton.planner.base.ReferenceFile(
                "test.yaml", "test.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(String yaml, String record, String problem) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(ReferenceDataException.class, e -> {
            assertThat(e.file()).isEqualTo("test.yaml");
            assertThat(e.record()).isEqualTo(record);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    @Test
    void withoutAFileInTheDataFolderTheShippedListIsRead() {
        assertThat(new StandardElements(dataDir).all())
                .extracting(PlanElement::key)
                .contains("activation", "warning-and-call-out")
                .hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theDataFoldersOwnListReplacesTheShippedOne() throws Exception {
        write("""
                elements:
                  - key: activation
                    paragraph: "Schedule 4, Part 2, paragraph (a)(i)"
                    title: Setting the plan in motion
                    detail: Who may set the emergency procedures going.
                    exerciseTypes: [communications]
                  - key: rest-centres
                    paragraph: Local arrangements
                    title: Rest centres
                    detail: >
                      Opening and running a rest centre for people
                      evacuated from their homes.
                """);
        assertThat(new StandardElements(dataDir).all())
                .extracting(PlanElement::key, PlanElement::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("activation", "Setting the plan in motion"),
                        org.assertj.core.groups.Tuple.tuple("rest-centres", "Rest centres"));
    }

    @Test
    void aBadFileNamesTheFileTheLineAndTheField() throws Exception {
        write("""
                elements:
                  - key: activation
                    paragraph: "(a)(i)"
                    title: Setting the plan in motion
                    detail: Who may set the emergency procedures going.
                  - key: Rest Centres
                    paragraph: Local
                    title: Rest centres
                    detail: Opening a rest centre.
                """);
        assertThatThrownBy(() -> new StandardElements(dataDir))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file())
                            .endsWith("reference/plan-elements.yaml".replace('/', java.io.File.separatorChar));
                    assertThat(e.record()).isEqualTo("line 6, field elements[2].key");
                    assertThat(e.problem()).contains("lower case");
                });

        write("""
                elements:
                  - key: activation
                    paragraph: "(a)(i)"
                    title: Setting the plan in motion
                    detail: Who may set the emergency procedures going.
                  - key: activation
                    paragraph: "(a)(ii)"
                    title: Twice
                    detail: Twice.
                """);
        assertThatThrownBy(() -> new StandardElements(dataDir))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.record()).isEqualTo("line 6, field elements[2].key");
                    assertThat(e.problem()).contains("'activation' is the key of an element above");
                });

        write("elements: []\n");
        assertThatThrownBy(() -> new StandardElements(dataDir))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("needs a non-empty list 'elements'");

        write("elements:\n  - key: a\n    colour: red\n");
        assertThatThrownBy(() -> new StandardElements(dataDir))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("colour");
    }

    private void write(String yaml) throws Exception {
        Path file = dataDir.resolve("reference/plan-elements.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
