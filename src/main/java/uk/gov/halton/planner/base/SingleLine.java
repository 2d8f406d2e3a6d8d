package uk.gov.halton.planner.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.gov.halton.planner.base.validation.SingleLineValidator;

/**
 * {@link PlainText} on one line ({@link TextRules#singleLineProblem(String)}): for names, titles and places, which are
 * shown and exported as one line whatever the form's field lets through. Null is allowed.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    /** The field as a message starts with it: "The name" (none in a file's problem, which names the field). */
    String value() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
