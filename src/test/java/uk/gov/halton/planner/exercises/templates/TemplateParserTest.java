package uk.gov.halton.planner.exercises.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.exercises.ExerciseTemplate;

class TemplateParserTest {

    private static final String GOOD = """
            type: drill
            name: Drill
            purpose: >-
              A short drill.
            usualDuration: PT1H30M
            discussionBased: false
            objectives:
              - One
              - Two
              - Three
              - Four
            agencies:
              - Site operator
              - Cheshire Police
            outline:
              - at: "00:00"
                item: Start
              - at: "00:10"
                item: Inject 1
              - at: "00:30"
                item: Inject 2
              - at: "01:00"
                item: Stand down
              - at: "01:10"
                item: Hot debrief
            debriefChecklist:
              - a
              - b
              - c
              - d
              - e
              - f
            """;

    @Test
    void everyShippedTemplateIsValid() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("exercise-templates"))) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSize(5);
            for (Path file : yaml) {
                ExerciseTemplate t =
                        TemplateParser.parse(file.getFileName().toString(), file.toString(), Files.readString(file));
                assertThat(t.sourceFile()).isEqualTo(file.getFileName().toString());
                assertThat(t.objectives()).hasSizeBetween(4, 8);
            }
        }
    }

    @Test
    void aNewTypeIsReadFromItsFile() {
        ExerciseTemplate drill = TemplateParser.parse("drill.yaml", "exercise-templates/drill.yaml", GOOD);
        assertThat(drill.type()).isEqualTo("drill");
        assertThat(drill.usualDuration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(drill.outline())
                .hasSize(5)
                .last()
                .satisfies(s -> assertThat(s.item()).isEqualTo("Hot debrief"));
    }

    @Test
    void theTypeMustMatchTheFileName() {
        assertProblem("other.yaml", GOOD, "line 1, field type", "must match the file name 'other'");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertProblem(
                "drill.yaml",
                GOOD.replace("usualDuration: PT1H30M", "usualDuration: four hours"),
                "line 5, field usualDuration",
                "ISO-8601");
        assertProblem(
                "drill.yaml",
                GOOD.replace("  - Cheshire Police", "  - Cheshire Constabulary"),
                "line 14, field agencies[2]",
                "Cheshire Constabulary");
        assertProblem("drill.yaml", GOOD.replace("  - Four\n", ""), "line 7, field objectives", "4 to 8");
        assertProblem("drill.yaml", GOOD.replace("\"00:30\"", "30"), "line 20, field outline[3].at", "quoted");
        assertProblem("drill.yaml", GOOD.replace("\"00:30\"", "\"00:05\""), "line 20, field outline[3].at", "earlier");
        assertProblem(
                "drill.yaml",
                GOOD.replace("discussionBased: false", "discussionBased: maybe"),
                "line 6, field discussionBased",
                "true or false");
        assertProblem("drill.yaml", GOOD.replace("name: Drill\n", ""), "field name", "required");
        assertProblem("drill.yaml", GOOD + "colour: red\n", "line 33, field colour", "is not a field here");
    }

    @Test
    void textThatIsNotOneLineOrCannotBeStoredIsRefusedAtItsLine() {
        assertProblem(
                "drill.yaml",
                GOOD.replace("item: Inject 2", "item: \"Inject\\u0000 2\""),
                "line 21, field outline[3].item",
                "contains a control character (U+0000)");
        assertProblem(
                "drill.yaml",
                GOOD.replace("  - Three", "  - \"Three\\e[31m\""),
                "line 10, field objectives[3]",
                "contains a control character (U+001B)");
        assertProblem(
                "drill.yaml",
                GOOD.replace("item: Start", "item: Start | go"),
                "line 17, field outline[1].item",
                "without '|'");
        assertProblem(
                "drill.yaml",
                GOOD.replace("  - b\n", "  - \"\"\n"),
                "line 28, field debriefChecklist[2]",
                "must be text");
    }

    @Test
    void brokenYamlNamesTheFile() {
        assertThatThrownBy(() -> TemplateParser.parse("drill.yaml", "exercise-templates/drill.yaml", "type: [unclosed"))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("exercise-templates/drill.yaml");
                    assertThat(e.problem()).contains("YAML");
                    assertThat(e.record()).isEqualTo("line 1");
                });
    }

    private static void assertProblem(String fileName, String text, String record, String problem) {
        assertThatThrownBy(() -> TemplateParser.parse(fileName, "exercise-templates/" + fileName, text))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.file()).isEqualTo("exercise-templates/" + fileName);
                    assertThat(e.record()).isEqualTo(record);
                    assertThat(e.problem()).contains(problem);
                });
    }
}
