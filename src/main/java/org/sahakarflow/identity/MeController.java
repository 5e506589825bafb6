package org.sahakarflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  private final IdentityService identity;

  MeController(IdentityService identity) {
    this.identity = identity;
  }

  /** Who the API takes the caller to be: user, groups and States (tenants). */
  @GetMapping("/api/me")
  Me me() {
    Authentication authentication = identity.getCurrentAuthentication();
    return new Me(authentication.getUserId(), authentication.getGroupIds(),
        authentication.getTenantIds());
  }

  record Me(String userId, List<String> groups, List<String> tenants) {
  }
}
