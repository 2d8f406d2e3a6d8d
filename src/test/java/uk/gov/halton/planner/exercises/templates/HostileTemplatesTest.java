package uk.gov.halton.planner.exercises.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.ExerciseTemplate;
import uk.gov.halton.planner.exercises.PlannerContextTest;

/**
 * Hostile exercise templates as the start-up loader applies them (one transaction per file): malformed, truncated,
 * huge, in another encoding, with control characters or with markup. A bad file is refused naming the file and the
 * line or field and leaves the stored templates as they were; markup is kept as text.
 */
@PlannerContextTest
class HostileTemplatesTest {

    @Autowired
    ExerciseTemplates templates;

    @Autowired
    TransactionTemplate transactions;

    private static String tabletop() throws IOException {
        return Files.readString(Path.of("exercise-templates", "tabletop.yaml"));
    }

    private ReferenceDataException refused(String fileName, byte[] content) {
        List<ExerciseTemplate> before = templates.findAll();
        ReferenceDataException e = catchThrowableOfType(
                ReferenceDataException.class,
                () -> transactions.executeWithoutResult(
                        s -> templates.apply(new ReferenceFile(fileName, "exercise-templates/" + fileName, content))));
        assertThat(e).as(fileName + " is refused").isNotNull();
        assertThat(e.file()).isEqualTo("exercise-templates/" + fileName);
        assertThat(templates.findAll())
                .as("the stored templates are as they were")
                .isEqualTo(before);
        return e;
    }

    private ReferenceDataException refused(String fileName, String content) {
        return refused(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateInLatin1OrUtf16IsRefusedWithTheLine() throws IOException {
        String text = tabletop().replace("name: Tabletop exercise", "name: Tabletop exercise caf\u00e9");
        ReferenceDataException latin1 = refused("tabletop.yaml", text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.record()).isEqualTo("line 3");
        assertThat(latin1.problem()).contains("0xE9");
        assertThat(refused("tabletop.yaml", tabletop().getBytes(StandardCharsets.UTF_16))
                        .problem())
                .contains("UTF-16");
        assertThat(refused("tabletop.yaml", tabletop().getBytes(StandardCharsets.UTF_16LE))
                        .problem())
                .contains("NUL");
    }

    @Test
    void truncatedMalformedAndHugeTemplatesAreRefused() throws IOException {
        String whole = tabletop();
        assertThat(refused("tabletop.yaml", whole.substring(0, whole.indexOf("outline:")))
                        .problem())
                .contains("is required");
        assertThat(refused("tabletop.yaml", whole.substring(0, whole.indexOf("item: Break") + 7))
                        .record())
                .isEqualTo("field debriefChecklist");
        assertThat(refused("tabletop.yaml", "type: tabletop\nname: [unclosed\n").problem())
                .contains("not valid YAML");
        assertThat(refused("tabletop.yaml", "").problem()).contains("expected a mapping");
        assertThat(refused("tabletop.yaml", "!!java.lang.ProcessBuilder [[\"touch\", \"/tmp/pwned\"]]\n")
                        .problem())
                .contains("not valid YAML");
        // A template is a page of YAML: a huge file is refused before it is parsed.
        assertThat(refused("tabletop.yaml", whole + "# " + "x".repeat(4 * 1024 * 1024) + "\n")
                        .problem())
                .contains("a template is at most 64 KB");
        String longItems = whole.replaceAll("item: (.*)", "item: $1 " + "z".repeat(600));
        assertThat(refused("tabletop.yaml", longItems).record()).matches("line \\d+, field outline");
    }

    @Test
    void controlCharactersFromYamlEscapesAreRefusedNamingTheField() throws IOException {
        ReferenceDataException nul = refused(
                "tabletop.yaml", tabletop().replace("name: Tabletop exercise", "name: \"Tabletop\\0exercise\""));
        assertThat(nul.record()).isEqualTo("line 3, field name");
        assertThat(nul.problem()).contains("U+0000");
        ReferenceDataException escape = refused(
                "tabletop.yaml",
                tabletop().replace("  - Record what went well", "  - \"Record what \\e[31mwent well\""));
        assertThat(escape.record()).matches("line \\d+, field debriefChecklist\\[3\\]");
        assertThat(escape.problem()).contains("U+001B");
        assertThat(refused("tabletop.yaml", tabletop().replace("item: Break", "item: \"Break\\a\""))
                        .record())
                .matches("line \\d+, field outline\\[5\\]\\.item");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndMarkupIsStoredAsText() throws IOException {
        String markup = tabletop()
                .replace("name: Tabletop exercise", "name: \"<script>alert('x')</script> & <b>Tabletop</b>\"")
                .replace(
                        "  - Record what went well",
                        "  - \"=HYPERLINK(\\\"http://evil.example\\\") <img src=x onerror=alert(1)>\"");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = markup.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        transactions.executeWithoutResult(status -> {
            templates.apply(new ReferenceFile("tabletop.yaml", "exercise-templates/tabletop.yaml", file));
            ExerciseTemplate stored = templates.find("tabletop").orElseThrow();
            assertThat(stored.name()).isEqualTo("<script>alert('x')</script> & <b>Tabletop</b>");
            assertThat(stored.debriefChecklist())
                    .contains("=HYPERLINK(\"http://evil.example\") <img src=x onerror=alert(1)>");
            status.setRollbackOnly();
        });
        assertThat(templates.find("tabletop").orElseThrow().name()).isEqualTo("Tabletop exercise");
    }
}
