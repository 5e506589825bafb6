package org.sahakarflow.system;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * Input a start listener refuses, field by field: engine REST and Tasklist's start form answer 400
 * with the problems in one line, the app's API with the same problems as its list of errors.
 */
public class FieldRefusal extends BadUserRequestException {

  private final transient List<FieldProblem> problems;

  public FieldRefusal(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
