package uk.gov.halton.planner.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.gov.halton.planner.base.validation.PlainTextValidator;

/**
 * Text that may be stored ({@link TextRules#problem(String)}): no control characters but tab and line breaks, no
 * broken UTF-16. Null is allowed (say {@code @NotBlank} where text is required). The message names the field by
 * {@link #value()}, e.g. "The notes contains a control character (U+0000) at position 3: remove it and try again."
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The field as a message starts with it: "The notes" (none in a file's problem, which names the field). */
    String value() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
