package uk.gov.halton.planner.base.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.gov.halton.planner.base.ReferenceDataSet;

/**
 * With the default planner.data.dir=".", the data files come from the working folder's geodata/ and
 * exercise-templates/ (the repository's, when the tests run), not from the copies on the classpath.
 */
@uk.gov.halton.planner.FreshInstallContextTest
class DataDirTest {

    @Autowired
    ReferenceDataLoader loader;

    @Autowired
    List<ReferenceDataSet> dataSets;

    @Test
    void theDefaultFolderIsTheWorkingDirectoryOnTheFileSystem() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (String folder : new String[] {"geodata", "exercise-templates"}) {
            ReferenceDataSet set = dataSets.stream()
                    .filter(s -> s.folder().equals(folder))
                    .findFirst()
                    .orElseThrow();
            assertThat(loader.files(set))
                    .as(folder)
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(file.location())
                            .startsWith(workingDirectory.resolve(folder).toString()));
        }
    }
}
