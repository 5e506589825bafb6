package org.sahakarflow.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a certificate will print, so Latin or Devanagari script ({@link CertificateFonts}). Checked when the text
 * is entered, so that a registered society never waits on a certificate that cannot be drawn.
 */
@Documented
@Constraint(validatedBy = Printable.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Printable {

  String message() default "is printed on the certificate, which prints English (Latin) and Devanagari letters only:"
      + " please give it in one of them";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<Printable, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return CertificateFonts.unprintable(value).isEmpty();
    }
  }
}
