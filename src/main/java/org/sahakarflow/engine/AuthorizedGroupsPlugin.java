package org.sahakarflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Stops the engine from reading every group that holds an authorization before each
 * authorization check. Camunda 7.24 runs {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}
 * once per authenticated command only to drop, from the user's few groups, those that hold no
 * authorization (camunda/camunda-bpm-platform#5485). Case grants add about 18 rows per case and
 * stay for the history time to live, so that scan grows with the nation's caseload and was the
 * largest cost every officer's click shared. Keeping a group with no authorization in the check
 * cannot grant anything: the check only matches rows that exist. The manager the engine opens also
 * chooses the task statements' form ({@link TaskReaders}).
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new TaskReaders();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class UserGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
