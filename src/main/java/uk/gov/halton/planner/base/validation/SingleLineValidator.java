package uk.gov.halton.planner.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import uk.gov.halton.planner.base.SingleLine;
import uk.gov.halton.planner.base.TextRules;

public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    private String label;

    @Override
    public void initialize(SingleLine constraint) {
        label = constraint.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TextRuleValidator.report(label, TextRules.singleLineProblem(value), context);
    }
}
