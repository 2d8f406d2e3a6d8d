package uk.gov.halton.planner.plans.domain;

import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.gov.halton.planner.base.InputChecks;
import uk.gov.halton.planner.base.InvalidInputException;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.ReferenceDataException;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;
import uk.gov.halton.planner.plans.PlanElement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard elements of an off-site plan, read once from {@value #FILE} (COMAH 2015 Schedule 4 Part 2). A bad file
 * stops the start with the file, the element and the problem.
 */
@Component
public class StandardElements {

    static final String FILE = "reference/plan-elements.yaml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,60}");

    private final List<PlanElement> elements;

    StandardElements() {
        try (InputStream in = StandardElements.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new ReferenceDataException("classpath:" + FILE, null, "the file is missing");
            }
            this.elements = parse("classpath:" + FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PlanElement> all() {
        return elements;
    }

    static List<PlanElement> parse(String location, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new ReferenceDataException(location, null, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("elements") instanceof List<?> list) || list.isEmpty()) {
            throw new ReferenceDataException(location, null, "needs a non-empty list 'elements'");
        }
        List<PlanElement> result = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "elements[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?> e)) {
                throw new ReferenceDataException(location, where, "must have key, paragraph, title and detail");
            }
            Entry entry = new Entry(text(e, "key"), text(e, "title"), text(e, "detail"), text(e, "paragraph"));
            List<InvalidInputException> problems = InputChecks.problems(entry);
            if (!problems.isEmpty()) {
                throw new ReferenceDataException(location, where + "." + problems.getFirst().field(),
                        problems.getFirst().getMessage());
            }
            String key = entry.key();
            if (!KEY.matcher(key).matches() || key.startsWith("local-") || !keys.add(key)) {
                throw new ReferenceDataException(location, where + ".key", "'" + key + "' must be unique, lower case "
                        + "letters, digits and hyphens, and not start with 'local-'");
            }
            List<String> types = new ArrayList<>();
            if (e.get("exerciseTypes") instanceof List<?> t) {
                t.forEach(v -> types.add(String.valueOf(v)));
            }
            result.add(new PlanElement(key, entry.title(), entry.detail(), entry.paragraph(), List.copyOf(types), false,
                    false));
        }
        return List.copyOf(result);
    }

    /** A text value of the file, or null when it is missing or not text (which the entry's constraints refuse). */
    private static String text(Map<?, ?> map, String field) {
        return map.get(field) instanceof String value ? value : null;
    }

    /** One element as the file gives it, kept without the white space around its texts. */
    record Entry(@NotBlank(message = "must be text") @SingleLine String key,
                 @NotBlank(message = "must be text") @SingleLine String title,
                 @NotBlank(message = "must be text") @PlainText String detail,
                 @NotBlank(message = "must be text") @SingleLine String paragraph) {

        Entry {
            key = TextRules.strip(key);
            title = TextRules.strip(title);
            detail = TextRules.strip(detail);
            paragraph = TextRules.strip(paragraph);
        }
    }
}
