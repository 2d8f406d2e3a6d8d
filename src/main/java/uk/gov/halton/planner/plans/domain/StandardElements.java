package uk.gov.halton.planner.plans.domain;

import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import uk.gov.halton.planner.base.ReferenceDataException;
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
            String key = text(location, where, e, "key");
            if (!KEY.matcher(key).matches() || key.startsWith("local-") || !keys.add(key)) {
                throw new ReferenceDataException(location, where + ".key", "'" + key + "' must be unique, lower case "
                        + "letters, digits and hyphens, and not start with 'local-'");
            }
            List<String> types = new ArrayList<>();
            if (e.get("exerciseTypes") instanceof List<?> t) {
                t.forEach(v -> types.add(String.valueOf(v)));
            }
            result.add(new PlanElement(key, text(location, where, e, "title"), text(location, where, e, "detail"),
                    text(location, where, e, "paragraph"), List.copyOf(types), false, false));
        }
        return List.copyOf(result);
    }

    private static String text(String location, String where, Map<?, ?> map, String field) {
        if (!(map.get(field) instanceof String value) || value.isBlank()) {
            throw new ReferenceDataException(location, where + "." + field, "must be text");
        }
        try {
            return TextRules.check(field, "The " + field, value.strip());
        } catch (RuntimeException ex) {
            throw new ReferenceDataException(location, where + "." + field, String.valueOf(ex.getMessage()));
        }
    }
}
