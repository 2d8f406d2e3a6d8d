package uk.gov.halton.planner.plans.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.PlannerProperties;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.YamlFile;
import uk.gov.halton.planner.plans.PlanElement;

/**
 * The standard elements of an off-site plan (COMAH 2015 Schedule 4 Part 2), read once at start-up from
 * {@value #FILE} under {@code planner.data.dir} when an installation has put its own list there, as it can for
 * exercise-templates/, or else from the copy inside the application. A bad file stops the start with the file, the
 * line, the field and the problem.
 */
@Component
public class StandardElements {

    static final String FILE = "reference/plan-elements.yaml";
    private static final Logger log = LoggerFactory.getLogger(StandardElements.class);

    /** The file as written: a list of elements, each with the fields the header comment of the shipped file lists. */
    record ElementsFile(
            @NotEmpty(message = "needs a non-empty list 'elements'")
            List<@NotNull(message = "must have key, " + "paragraph, title and detail") @Valid Entry> elements) {}

    record Entry(
            @NotBlank(message = "must be text")
            @Pattern(
                    regexp = "(?!local-)[a-z0-9-]{1,60}",
                    message = "must be "
                            + "lower case letters, digits and hyphens (at most 60), and not start with 'local-'")
            String key,

            @NotBlank(message = "must be text") @Size(max = 200) @SingleLine
            String paragraph,

            @NotBlank(message = "must be text") @Size(max = 200) @SingleLine
            String title,

            @NotBlank(message = "must be text") @Size(max = 1000) @PlainText
            String detail,

            List<@NotBlank(message = "must be an exercise type") String> exerciseTypes) {}

    private final List<PlanElement> elements;

    @Autowired
    StandardElements(PlannerProperties properties) {
        this(Path.of(properties.data().dir()));
    }

    StandardElements(Path dataDir) {
        Path own = dataDir.resolve(FILE).toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(own)) {
                log.info("Reading the standard plan elements from {}", own);
                this.elements =
                        parse(new ReferenceFile(own.getFileName().toString(), own.toString(), Files.readAllBytes(own)));
            } else {
                try (InputStream in = StandardElements.class.getClassLoader().getResourceAsStream(FILE)) {
                    if (in == null) {
                        throw new ReferenceDataException("classpath:" + FILE, null, "the file is missing");
                    }
                    log.info(
                            "Reading the standard plan elements from the copy inside the application "
                                    + "(there is no file {})",
                            own);
                    this.elements =
                            parse(new ReferenceFile("plan-elements.yaml", "classpath:" + FILE, in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PlanElement> all() {
        return elements;
    }

    static List<PlanElement> parse(ReferenceFile file) {
        YamlFile<ElementsFile> yaml =
                YamlFile.read(file.location(), file.text(), ElementsFile.class, "the plan's elements");
        List<Entry> entries = yaml.value().elements();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!keys.add(e.key())) {
                throw yaml.problem(
                        "elements[" + (i + 1) + "].key",
                        "'" + e.key() + "' is the key of an element above;" + " each key is used once");
            }
        }
        return entries.stream()
                .map(e -> new PlanElement(
                        e.key(),
                        e.title().strip(),
                        e.detail().strip(),
                        e.paragraph().strip(),
                        e.exerciseTypes() == null ? List.of() : List.copyOf(e.exerciseTypes()),
                        false,
                        false))
                .toList();
    }
}
