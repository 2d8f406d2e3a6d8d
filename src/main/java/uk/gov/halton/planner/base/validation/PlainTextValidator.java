package uk.gov.halton.planner.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.gov.halton.planner.base.PlainText;
import uk.gov.halton.planner.base.TextRules;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private String label;

    @Override
    public void initialize(PlainText constraint) {
        label = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRuleValidator.report(label, TextRules.problem(value), context);
    }
}
