package uk.gov.halton.planner.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A reference-data file in YAML bound to a record with Jackson and checked by the record's constraints (Bean
 * Validation), as forms are. Every problem is a {@link ReferenceDataException} naming the file, the line and the field
 * ("exercise-templates/drill.yaml, line 12, field outline[3].at: ..."), lists counted from 1 as people count.
 */
public final class YamlFile<T> {

    /** Strict binding: a number, true/false or a list is not taken where text is expected, nor text for a number. */
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfig(
                    LogicalType.Textual,
                    c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Boolean,
                    c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    private final String location;
    private final Map<String, Integer> lines;
    private final T value;

    private YamlFile(String location, Map<String, Integer> lines, T value) {
        this.location = location;
        this.lines = lines;
        this.value = value;
    }

    /**
     * Reads {@code text} (the file at {@code location}) as a {@code type}, checks its constraints and returns it with
     * the line of every field, for the caller's own checks ({@link #problem(String, String)}).
     */
    public static <T> YamlFile<T> read(String location, String text, Class<T> type, String whatTheFileHolds) {
        Map<String, Integer> lines = lines(location, text);
        if (lines.isEmpty() || !lines.containsKey("")) {
            throw new ReferenceDataException(location, null, "expected a mapping of " + whatTheFileHolds);
        }
        T value;
        try {
            value = MAPPER.readValue(text, type);
        } catch (JacksonException e) {
            throw bindingProblem(location, lines, e, whatTheFileHolds);
        }
        if (value == null) {
            throw new ReferenceDataException(location, null, "expected a mapping of " + whatTheFileHolds);
        }
        YamlFile<T> file = new YamlFile<>(location, lines, value);
        var violations = InputChecks.validator().validate(value);
        if (!violations.isEmpty()) {
            throw file.firstProblem(violations);
        }
        return file;
    }

    public T value() {
        return value;
    }

    /** A problem with {@code field} ("outline[3].at", lists from 1), at the field's line (or its record's). */
    public ReferenceDataException problem(String field, String message) {
        return problem(location, lines, field, message);
    }

    private ReferenceDataException firstProblem(Collection<? extends ConstraintViolation<?>> violations) {
        // In the file's order: the earliest line first, so fixing from the top works.
        ConstraintViolation<?> first = violations.stream()
                .min(Comparator.<ConstraintViolation<?>>comparingInt(v -> lineOf(lines, field(v.getPropertyPath())))
                        .thenComparing(v -> field(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .orElseThrow();
        return problem(field(first.getPropertyPath()), first.getMessage());
    }

    /** The field a violation is about, as the file's reader counts: "outline[3].at", "objectives[2]". */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex() + 1).append(']');
            }
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    private static ReferenceDataException problem(
            String location, Map<String, Integer> lines, String field, String message) {
        if (field == null || field.isEmpty()) {
            return new ReferenceDataException(location, null, message);
        }
        int line = lineOf(lines, field);
        return new ReferenceDataException(
                location, (line > 0 ? "line " + line + ", " : "") + "field " + field, message);
    }

    /** The line of the field, or of the nearest record that holds it (a missing field), or 0. */
    private static int lineOf(Map<String, Integer> lines, String field) {
        String at = field;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
        return 0;
    }

    /** Walks the tokens once: the line where each field starts, and syntax errors with their line. */
    private static Map<String, Integer> lines(String location, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (parser.getTypeId() != null) {
                    throw new ReferenceDataException(
                            location,
                            "line " + parser.currentTokenLocation().getLineNr(),
                            "not valid YAML for this file: tags such as " + parser.getTypeId() + " are not allowed");
                }
                TokenStreamContext context = parser.streamReadContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                lines.putIfAbsent(path(context), parser.currentTokenLocation().getLineNr());
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ReferenceDataException(
                    location,
                    line > 0 ? "line " + line : null,
                    "not valid YAML: " + firstLine(e.getOriginalMessage()),
                    e);
        }
        return lines;
    }

    private static String path(TokenStreamContext context) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex() + 1).append(']');
            } else if (c.inObject() && c.currentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.currentName());
            }
        }
        return path.toString();
    }

    private static ReferenceDataException bindingProblem(
            String location, Map<String, Integer> lines, JacksonException e, String whatTheFileHolds) {
        StringBuilder field = new StringBuilder();
        List<JacksonException.Reference> path = e.getPath();
        for (JacksonException.Reference reference : path) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex() + 1).append(']');
            } else if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "is not a field here (expected one of " + u.getKnownPropertyIds() + ")";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> target = m.getTargetType();
            message = target == String.class
                    ? "must be text (quoted, or YAML may read it as a number or true/false)"
                    : target == Boolean.class || target == boolean.class
                            ? "must be true or false"
                            : List.class.isAssignableFrom(target)
                                    ? "must be a list"
                                    : target.isRecord() && field.isEmpty()
                                            ? "expected a mapping of " + whatTheFileHolds
                                            : target.isRecord()
                                                    ? "must be a mapping of fields"
                                                    : firstLine(e.getOriginalMessage());
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        if (field.isEmpty()) {
            return new ReferenceDataException(location, null, message, e);
        }
        ReferenceDataException problem = problem(location, lines, field.toString(), message);
        problem.initCause(e);
        return problem;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
