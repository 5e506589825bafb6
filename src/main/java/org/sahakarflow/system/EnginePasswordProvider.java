package org.sahakarflow.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic's user and password checked by the Camunda identity service, as Tasklist checks them
 * (so the engine's per-user delay after a wrong password holds here too). Every check counts for
 * the client's address in the {@link SignInThrottle}; a missing or unreadable header never gets
 * here, so it is no guess.
 */
class EnginePasswordProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final SignInThrottle throttle;

  EnginePasswordProvider(IdentityService identity, SignInThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication basic) {
    String userId = basic.getName();
    // httpBasic's details: the client's address, as the throttle's other callers see it
    String address = ((WebAuthenticationDetails) basic.getDetails()).getRemoteAddress();
    if (identity.checkPassword(userId, (String) basic.getCredentials())) {
      throttle.succeeded(address);
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
    }
    throttle.failed(address, SignInThrottle.Channel.API);
    throw new BadCredentialsException("wrong user or password");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
