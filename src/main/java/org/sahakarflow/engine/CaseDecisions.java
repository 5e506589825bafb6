package org.sahakarflow.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates a rule table as the case's own deployment holds it: rules an administrator uploads are
 * deployed with the models again, so a case decides by the rules it started under and only cases
 * started afterwards by the new ones. Without a case (an application not yet filed), or for a
 * model deployed apart from the rules (a test model), the latest rules answer.
 */
@Component
public class CaseDecisions {

  private static final String LATEST = "";

  private final DecisionService decisions;
  private final RepositoryService repository;
  /** A deployment's decisions never change; an id found once stays right. */
  private final Map<String, String> ids = new ConcurrentHashMap<>();

  CaseDecisions(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /** The deployment of the process definition the execution runs. */
  public static String deploymentOf(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
  }

  public static String deploymentOf(DelegateTask task) {
    return deploymentOf(task.getExecution());
  }

  /**
   * @param deploymentId the case's deployment, or null for the latest rules
   */
  public DmnDecisionTableResult evaluate(String decisionKey, String deploymentId, Map<String, Object> inputs) {
    String id = deploymentId == null ? LATEST : ids.computeIfAbsent(deploymentId + '/' + decisionKey,
        k -> EngineAccess.withoutAuthorization(() -> {
          DecisionDefinition definition = repository.createDecisionDefinitionQuery().deploymentId(deploymentId)
              .decisionDefinitionKey(decisionKey).withoutTenantId().singleResult();
          return definition == null ? LATEST : definition.getId();
        }));
    return EngineAccess.withoutAuthorization(() -> LATEST.equals(id)
        ? decisions.evaluateDecisionTableByKey(decisionKey).decisionDefinitionWithoutTenantId().variables(inputs).evaluate()
        : decisions.evaluateDecisionTableById(id).variables(inputs).evaluate());
  }
}
