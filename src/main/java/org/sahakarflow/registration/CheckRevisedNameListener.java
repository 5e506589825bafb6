package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * A revised application may go by another name: held to the same rules as a new one (the State's
 * suffix, no name the State has given or holds), and the reservation moves to it, or the revision
 * is refused with the name's problem and the case keeps its old name.
 */
@Component("checkRevisedName")
class CheckRevisedNameListener implements TaskListener {

  private final ApplicationValidator validator;
  private final NameReservations names;

  CheckRevisedNameListener(ApplicationValidator validator, NameReservations names) {
    this.validator = validator;
    this.names = names;
  }

  @Override
  public void notify(DelegateTask task) {
    Object value = task.getVariable(CaseVariables.SOCIETY_NAME);
    String name = value == null ? null : value.toString();
    String state = (String) task.getVariable(CaseVariables.STATE_CODE);
    String number = (String) task.getVariable(CaseVariables.APPLICATION_NUMBER);
    List<FieldProblem> problems = new ArrayList<>(validator.nameProblems(state, name));
    try {
      if (problems.isEmpty()) {
        names.rename(number, state, name);
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(CaseVariables.SOCIETY_NAME + ": " + problems.stream()
          .map(FieldProblem::reason).collect(Collectors.joining("; ")));
    }
  }
}
