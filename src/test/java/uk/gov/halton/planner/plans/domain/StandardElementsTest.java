package uk.gov.halton.planner.plans.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.plans.PlanElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An installation's own list of plan elements in the data folder replaces the shipped one; without it the shipped
 * list is read; a bad file stops the start naming the file, the line and the field.
 */
class StandardElementsTest {

    @TempDir
    Path dataDir;

    @Test
    void withoutAFileInTheDataFolderTheShippedListIsRead() {
        assertThat(new StandardElements(dataDir).all()).extracting(PlanElement::key)
                .contains("activation", "warning-and-call-out").hasSizeGreaterThanOrEqualTo(7);
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
        assertThat(new StandardElements(dataDir).all()).extracting(PlanElement::key, PlanElement::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("activation", "Setting the plan in motion"),
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
                    assertThat(e.file()).endsWith("reference/plan-elements.yaml".replace('/', java.io.File.separatorChar));
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
        assertThatThrownBy(() -> new StandardElements(dataDir)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("needs a non-empty list 'elements'");

        write("elements:\n  - key: a\n    colour: red\n");
        assertThatThrownBy(() -> new StandardElements(dataDir)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("line 3").hasMessageContaining("colour");
    }

    private void write(String yaml) throws Exception {
        Path file = dataDir.resolve("reference/plan-elements.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }
}
