package uk.gov.halton.planner.base.validation;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;
import uk.gov.halton.planner.base.InputChecks;

/**
 * Method validation for services marked {@code @Validated}, in place of Boot's: a broken rule is thrown as the
 * {@link uk.gov.halton.planner.base.InvalidInputException} naming the field that forms show beside it, not as a
 * ConstraintViolationException the views would have to translate.
 */
@Configuration(proxyBeanMethods = false)
class MethodValidation {

    @Bean
    static MethodValidationPostProcessor fieldNamingMethodValidation(ObjectProvider<Validator> validator) {
        MethodValidationPostProcessor processor = new MethodValidationPostProcessor() {
            @Override
            protected Advice createMethodValidationAdvice(Supplier<Validator> supplier) {
                MethodInterceptor validation = (MethodInterceptor) super.createMethodValidationAdvice(supplier);
                return (MethodInterceptor) invocation -> {
                    try {
                        return validation.invoke(invocation);
                    } catch (ConstraintViolationException e) {
                        throw InputChecks.firstProblem(e.getConstraintViolations());
                    }
                };
            }
        };
        processor.setValidatorProvider(validator);
        return processor;
    }
}
