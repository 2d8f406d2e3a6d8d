package uk.gov.halton.planner;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    /** The README's module map. */
    static final String[] MODULES = {"base", "geo", "sites", "plans", "exercises", "register", "alerts", "contacts"};

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void everyModuleOfTheModuleMapExistsAndNoOther() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrder(MODULES);
    }

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
