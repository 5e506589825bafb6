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

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String reason) {
  }
}
