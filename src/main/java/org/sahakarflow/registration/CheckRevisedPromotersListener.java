package org.sahakarflow.registration;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * A revised application's promoters are held to the application's rules for each promoter before
 * the revision is accepted: the revise form shows the case's {@code promoters} as rows and sends
 * them back, and a crafted request skips whatever the form checked.
 */
@Component("checkRevisedPromoters")
class CheckRevisedPromotersListener implements TaskListener {

  private final ApplicationValidator validator;

  CheckRevisedPromotersListener(ApplicationValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    List<FieldProblem> problems = validator.promoterProblems(task.getVariable("promoters"));
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(problems.stream().map(p -> p.field() + " " + p.reason())
          .collect(Collectors.joining("; ")));
    }
  }
}
