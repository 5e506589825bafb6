package org.sahakarflow.identity;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * A password against the policy is the caller's mistake, but the engine refuses it with a bare
 * ProcessEngineException ("Password does not match policy"), which engine REST and Admin (user
 * create, credentials) answer with a 500 that says nothing of which rule failed. This identity
 * service refuses such a password during the save with a BadUserRequestException instead, which
 * engine REST answers with a 400 naming the password and every rule it breaks. Its answer to a
 * plain policy check (Admin's hints as the password is typed) is unchanged.
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityService(new PolicyExplaining());
  }

  static final class PolicyExplaining extends IdentityServiceImpl {
    // the engine checks a new password from inside its save command, through this service; the
    // password itself is not readable from outside the user entity
    private static final ThreadLocal<Boolean> SAVING = new ThreadLocal<>();

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
      SAVING.set(Boolean.TRUE);
      try {
        super.saveUser(user, skipPasswordPolicy);
      } finally {
        SAVING.remove();
      }
    }

    /** Answers as the engine's own check, except that during a save a failing password is refused. */
    @Override
    public PasswordPolicyResult checkPasswordAgainstPolicy(String candidatePassword, User user) {
      PasswordPolicyResult result = super.checkPasswordAgainstPolicy(candidatePassword, user);
      if (SAVING.get() != null && !result.isValid()) {
        throw new BadUserRequestException(PasswordRules.explained(result));
      }
      return result;
    }
  }
}
