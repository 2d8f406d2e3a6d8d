package uk.gov.halton.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** The README's module map. */
    static final String[] MODULES = {"base", "geo", "sites", "plans", "exercises", "register", "alerts", "contacts"};

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void everyModuleOfTheModuleMapExistsAndNoOther() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder(MODULES);
    }

    /** The README's table names each module with its package, and no other. */
    @Test
    void theReadmesModuleMapListsEveryModuleWithItsPackage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String map = readme.substring(
                readme.indexOf("## Module map"), readme.indexOf("\n## ", readme.indexOf("## Module map") + 1));
        java.util.List<String> rows = map.lines()
                .filter(l -> l.startsWith("| ") && l.contains("`uk.gov.halton.planner."))
                .toList();
        assertThat(rows).extracting(l -> l.split("\\|")[1].strip()).containsExactlyInAnyOrder(MODULES);
        for (String row : rows) {
            String module = row.split("\\|")[1].strip();
            assertThat(row).as(module).contains("`uk.gov.halton.planner." + module + "`");
            assertThat(modules.getModuleByName(module))
                    .as(module)
                    .hasValueSatisfying(
                            m -> assertThat(m.getBasePackage().getName()).isEqualTo("uk.gov.halton.planner." + module));
        }
    }

    /** Every module, not only base: each uses only the others' public API and events, and there is no cycle. */
    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /** The diagrams the README points to, in target/spring-modulith-docs: all modules, and one per module. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        Instant started = Instant.now().minusSeconds(2);

        new Documenter(modules).writeDocumentation();

        Path all = folder.resolve("components.puml");
        assertThat(Files.getLastModifiedTime(all).toInstant()).isAfter(started);
        String diagram = Files.readString(all);
        for (String module : MODULES) {
            assertThat(diagram).containsIgnoringCase(module);
            assertThat(folder.resolve("module-" + module + ".puml")).as(module).isNotEmptyFile();
        }
    }
}
