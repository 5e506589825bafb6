package org.sahakarflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts identity and access in place on every start (idempotently), and refuses to start an
 * installation without an administrator: Camunda's first-run setup page, which would let the
 * first visitor make themselves admin, stays closed (see {@code system.SetupEndpointGuard}).
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

  private final IdentityCatalogue catalogue;
  private final AccessPolicy policy;
  private final DemoUsers demoUsers;
  private final IdentityService identity;
  private final IdentityProperties properties;

  IdentityBootstrap(IdentityCatalogue catalogue, AccessPolicy policy, DemoUsers demoUsers,
      IdentityService identity, IdentityProperties properties) {
    this.catalogue = catalogue;
    this.policy = policy;
    this.demoUsers = demoUsers;
    this.identity = identity;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    catalogue.ensure();
    policy.ensure();
    if (properties.demoData()) {
      demoUsers.ensure(properties.demoPassword());
    }
    if (properties.admin().configured()) {
      ensureAdmin(properties.admin());
    }
    if (identity.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
      throw new IllegalStateException("no member of group '" + Groups.ADMIN + "': set "
          + "SAHAKAR_ADMIN_ID and SAHAKAR_ADMIN_PASSWORD (or SAHAKAR_DEMO_DATA=true)");
    }
  }

  private void ensureAdmin(IdentityProperties.Admin admin) {
    if (identity.createUserQuery().userId(admin.id()).count() == 0) {
      User user = identity.newUser(admin.id());
      user.setFirstName("Administrator");
      user.setLastName("Sahakar Flow");
      user.setPassword(admin.password());
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(admin.id()).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(admin.id(), Groups.ADMIN);
    }
  }
}
