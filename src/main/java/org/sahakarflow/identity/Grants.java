package org.sahakarflow.identity;

import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: a second start adds what is missing and never duplicates a row. */
@Component
public class Grants {

  static final String ANY = Authorization.ANY;

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    save(existing, resource, resourceId, permissions, a -> a.setGroupId(groupId));
  }

  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .userIdIn(userId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    save(existing, resource, resourceId, permissions, a -> a.setUserId(userId));
  }

  /** A grant to every authenticated user. */
  public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    authorization.setUserId(ANY);
    apply(authorization, resource, resourceId, permissions);
  }

  private void save(Authorization existing, Resource resource, String resourceId,
      Permission[] permissions, Consumer<Authorization> owner) {
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    owner.accept(authorization);
    apply(authorization, resource, resourceId, permissions);
  }

  private void apply(Authorization authorization, Resource resource, String resourceId,
      Permission[] permissions) {
    boolean changed = authorization.getId() == null;
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
