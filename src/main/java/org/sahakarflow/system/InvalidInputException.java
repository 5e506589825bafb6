package org.sahakarflow.system;

import java.util.List;

/** Input that passed bean validation but breaks a rule only the application can check. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldProblem(field, reason)));
  }

  /**
   * A start listener's refusal ("field: reason", the form Tasklist shows) as a 400 naming the
   * field; a refusal in another form is thrown as it is.
   */
  public static RuntimeException ofEngineRefusal(RuntimeException refusal) {
    String message = refusal.getMessage() == null ? "" : refusal.getMessage();
    int colon = message.indexOf(": ");
    return colon < 0 ? refusal : new InvalidInputException(message.substring(0, colon), message.substring(colon + 2));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String reason) {
  }
}
