package org.sahakarflow.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text a person typed that others will read: Tasklist forms show case values inside Markdown (a
 * name in a form's heading), certificates and the public verification page print them. So no HTML,
 * no Markdown link or image, no web address that a renderer would turn into a link, no control
 * characters (tabs and line breaks aside) and no marks that reverse the reading direction.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  String RULE = "must be plain text: no < or >, no links or images, no control or text-direction characters";

  String message() default RULE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PlainText, String> {

    static final Pattern UNSAFE = Pattern.compile("[<>\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F"
        + "\\u007F\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]|\\]\\s*[(\\[:]|!\\["
        + "|(?i:\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\bjavascript:|\\bdata:)");

    /** Whether a text breaks the rule; null passes (required-ness is another rule's). */
    public static boolean breaks(String text) {
      return text != null && UNSAFE.matcher(text).find();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return !breaks(value);
    }
  }
}
