package uk.gov.halton.planner.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation, the one way input is checked: constraints ({@link PlainText}, {@link SingleLine}, {@code @Size},
 * {@code @NotBlank}, {@code @Email}) on input records and parameters, checked by services marked {@code @Validated}
 * (so every caller, not only a form, is checked) and by forms through Vaadin's {@code BeanValidationBinder}. A broken
 * rule reaches the caller as an {@link InvalidInputException} naming the field, as the forms expect.
 */
public final class InputChecks {

    /**
     * The addresses the planner sends mail to, for {@code @Email(regexp = InputChecks.EMAIL)}: a dotted domain and
     * no quoted or bracketed forms, which mail relays and partners' systems handle badly.
     */
    public static final String EMAIL = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private InputChecks() {}

    /** For code that is not a Spring bean method (file parsers); services use {@code @Validated} instead. */
    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /** Validates {@code input} and returns it, or throws for its first broken rule (in the order of its fields). */
    public static <T> T check(T input) {
        var violations = validator().validate(input);
        if (!violations.isEmpty()) {
            throw firstProblem(violations);
        }
        return input;
    }

    /**
     * Every field's first broken rule, in the order of the record's fields: for a save that lists all its problems
     * at once (the site editor, a line of an imported file). Empty when {@code input} is good.
     */
    public static List<InvalidInputException> problems(Object input) {
        java.util.Map<String, InvalidInputException> byField = new java.util.LinkedHashMap<>();
        validator().validate(input).stream()
                .sorted(ORDER)
                .forEach(v -> byField.putIfAbsent(
                        field(v.getPropertyPath()),
                        new InvalidInputException(field(v.getPropertyPath()), v.getMessage())));
        return List.copyOf(byField.values());
    }

    /**
     * The first broken rule, in the order a form shows its fields: by parameter, then by the record's components, so
     * the same input always gives the same message.
     */
    public static InvalidInputException firstProblem(Collection<? extends ConstraintViolation<?>> violations) {
        ConstraintViolation<?> first = violations.stream().min(ORDER).orElseThrow();
        return new InvalidInputException(field(first.getPropertyPath()), first.getMessage());
    }

    /** The name of the field (record component or parameter) a violation is about: "title", "agencies". */
    public static String field(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field == null ? "input" : field;
    }

    private static final Comparator<ConstraintViolation<?>> ORDER = Comparator.<ConstraintViolation<?>>comparingInt(
                    v -> parameterIndex(v.getPropertyPath()))
            .thenComparingInt(InputChecks::componentIndex)
            .thenComparing(v -> v.getPropertyPath().toString())
            .thenComparing(ConstraintViolation::getMessage);

    private static int parameterIndex(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return 0;
    }

    private static int componentIndex(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        if (bean == null || !bean.getClass().isRecord()) {
            return 0;
        }
        List<String> names = Arrays.stream(bean.getClass().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toList());
        int index = names.indexOf(field(violation.getPropertyPath()));
        return index < 0 ? names.size() : index;
    }
}
