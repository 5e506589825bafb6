package org.sahakarflow.identity;

import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/** The engine's password policy in words a person can act on. */
public final class PasswordRules {

  private PasswordRules() {
  }

  /** What the password lacks for this user, or empty when the policy takes it. */
  public static Optional<String> broken(IdentityService identity, String password, User user) {
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password == null ? "" : password, user);
    return result.isValid() ? Optional.empty() : Optional.of(explained(result));
  }

  /** A failed check in words: which rules the password breaks. */
  static String explained(PasswordPolicyResult failed) {
    return "password does not match the policy: it needs "
        + failed.getViolatedRules().stream().map(PasswordRules::reason).collect(Collectors.joining(", "));
  }

  static String reason(PasswordPolicyRule rule) {
    String placeholder = rule.getPlaceholder();
    String count = rule.getParameters() == null ? null : rule.getParameters().values().stream()
        .findFirst().orElse(null);
    return switch (placeholder.substring(placeholder.lastIndexOf('_') + 1)) {
      case "LENGTH" -> "at least " + count + " characters";
      case "LOWERCASE" -> "a lower-case letter";
      case "UPPERCASE" -> "an upper-case letter";
      case "DIGIT" -> "a digit";
      case "SPECIAL" -> "a special character";
      case "DATA" -> "no part of the user's id, name or e-mail";
      default -> placeholder;
    };
  }
}
