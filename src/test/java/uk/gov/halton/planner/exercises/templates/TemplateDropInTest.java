package uk.gov.halton.planner.exercises.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/** A file dropped into exercise-templates/ becomes a new exercise type; a bad one is refused with its name. */
@PlannerContextTest
class TemplateDropInTest {

    @Autowired
    ExerciseTemplates templates;

    @Test
    void aDroppedInFileAddsAType() throws Exception {
        String seminar = new String(
                getClass()
                        .getResourceAsStream("/exercise-templates/seminar.yaml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        String drill = seminar.replace("type: seminar", "type: recovery-seminar")
                .replace("name: Seminar", "name: Recovery seminar");
        templates.apply(new ReferenceFile(
                "recovery-seminar.yaml",
                "data/exercise-templates/recovery-seminar.yaml",
                drill.getBytes(StandardCharsets.UTF_8)));
        assertThat(templates.find("recovery-seminar"))
                .hasValueSatisfying(t -> assertThat(t.discussionBased()).isTrue());

        assertThatThrownBy(() -> templates.apply(new ReferenceFile(
                        "wrong.yaml", "data/exercise-templates/wrong.yaml", drill.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("wrong.yaml")
                .hasMessageContaining("field type");
        assertThat(templates.find("wrong")).isEmpty();
    }
}
