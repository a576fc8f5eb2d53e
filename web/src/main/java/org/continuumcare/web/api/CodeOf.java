package org.continuumcare.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A code of the API (API.md) that must name a constant of the given enum. An unknown code is a
 * well-formed request that breaks a rule: 422 with the allowed codes, never a 400 or a 500.
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CodeOf.Validator.class)
public @interface CodeOf {

  Class<? extends Enum<?>> value();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<CodeOf, String> {
    private Class<? extends Enum<?>> codes;

    @Override
    public void initialize(CodeOf annotation) {
      codes = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null
          || Arrays.stream(codes.getEnumConstants()).anyMatch(c -> c.name().equals(value))) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "unknown code; allowed: "
                  + Arrays.stream(codes.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", ")))
          .addConstraintViolation();
      return false;
    }
  }
}
