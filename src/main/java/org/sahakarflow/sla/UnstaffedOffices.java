package org.sahakarflow.sla;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sahakarflow.engine.EngineAccess;
import org.sahakarflow.identity.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A district's registrar office with nobody in its group yet (a new district, officers still to be
 * created in the Admin app) would leave its cases waiting unseen: the task goes before the State's
 * Registrar as well, with a note saying why, until the district has an officer. Only the
 * registrar's own offices are routed round; another body's work (a bank, NABARD) is not the
 * Registrar's to do.
 */
@Component
class UnstaffedOffices {

  private static final Logger LOG = LoggerFactory.getLogger(UnstaffedOffices.class);
  private static final Set<Groups.Role> REGISTRAR_OFFICES = EnumSet.of(Groups.Role.RCS_DISTRICT,
      Groups.Role.DAIRY_REGISTRAR, Groups.Role.FISHERIES_REGISTRAR, Groups.Role.INSPECTOR);

  private final IdentityService identity;

  UnstaffedOffices(IdentityService identity) {
    this.identity = identity;
  }

  /** @return the groups found without a member, now routed round */
  List<String> routeAround(DelegateTask task, String stateCode) {
    List<String> empty = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .filter(UnstaffedOffices::isRegistrarOffice)
        .filter(group -> EngineAccess.withoutAuthorization(
            () -> identity.createUserQuery().memberOfGroup(group).count()) == 0)
        .toList();
    if (!empty.isEmpty()) {
      String registrar = Groups.rcsState(stateCode);
      task.addCandidateGroup(registrar);
      task.setDescription("No officer is in " + String.join(", ", empty) + " yet: this task is before "
          + registrar + " until one is added in the Admin app.");
      LOG.warn("case {}: task {} routed to {}: no member in {}", task.getExecution().getProcessBusinessKey(),
          task.getTaskDefinitionKey(), registrar, empty);
    }
    return empty;
  }

  private static boolean isRegistrarOffice(String group) {
    int colon = group.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String prefix = group.substring(0, colon);
    return REGISTRAR_OFFICES.stream().anyMatch(role -> role.prefix().equals(prefix));
  }
}
