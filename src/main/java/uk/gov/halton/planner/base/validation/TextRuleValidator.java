package uk.gov.halton.planner.base.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Turns a text rule's finding into the field-named message both constraints give. */
final class TextRuleValidator {

    private TextRuleValidator() {}

    static boolean report(String label, String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The label is a constant, the problem names code points and positions; escape the template's specials anyway.
        String message = ((label.isEmpty() ? "" : label + " ") + problem + ": remove it and try again.")
                .replaceAll("([\\\\{}$])", "\\\\$1");
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
