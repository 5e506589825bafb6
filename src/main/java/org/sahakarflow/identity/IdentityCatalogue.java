package org.sahakarflow.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.sahakarflow.identity.Groups.Role;
import org.sahakarflow.identity.Groups.Scope;
import org.springframework.stereotype.Component;

/**
 * Creates the tenants (one per State/UT) and the routing groups of every State and district,
 * whether or not demo users exist, so that a real deployment only has to add people.
 */
@Component
class IdentityCatalogue {

  private final IdentityService identity;
  private final Places places;
  private final RegisteringOfficers officers;
  /** What is on record already, read once rather than asked per group: 784 districts make 4,704 groups. */
  private Set<String> groups;
  private Set<String> tenantGroups;

  IdentityCatalogue(IdentityService identity, Places places, RegisteringOfficers officers) {
    this.identity = identity;
    this.places = places;
    this.officers = officers;
  }

  void ensure() {
    groups = identity.createGroupQuery().unlimitedList().stream().map(Group::getId).collect(Collectors.toSet());
    tenantGroups = new HashSet<>();
    for (Places.State state : places.states()) {
      identity.createGroupQuery().memberOfTenant(state.code()).unlimitedList()
          .forEach(group -> tenantGroups.add(state.code() + '/' + group.getId()));
    }
    for (Places.State state : places.states()) {
      ensureTenant(state.code(), state.name());
    }
    ensureGroup(Groups.MINISTRY, "Ministry of Cooperation", "MONITORING");
    ensureGroup(Groups.APPLICANTS, "Applicants and society secretaries", "APPLICANT");
    ensureGroup(Groups.ADMIN, "Sahakar Flow administrators", "SYSTEM");
    for (Places.State state : places.states()) {
      for (Role role : rolesOf(Scope.STATE)) {
        String group = role.group(state.code());
        ensureGroup(group, role.prefix() + " " + state.name(), "WORKFLOW");
        ensureTenantGroup(state.code(), group);
      }
    }
    for (Places.District district : places.districts()) {
      for (Role role : rolesOf(Scope.DISTRICT)) {
        if (RegisteringOfficers.isFunctional(role) && !officers.staffs(district.stateCode(), role)) {
          continue;
        }
        String group = role.group(district.code());
        ensureGroup(group, role.prefix() + " " + district.name(), "WORKFLOW");
        ensureTenantGroup(district.stateCode(), group);
      }
    }
    for (String society : Groups.NATIONAL_SOCIETIES) {
      ensureGroup(Groups.national(society), society + " board", "WORKFLOW");
    }
    List<String> nationwide = new ArrayList<>(List.of(Groups.MINISTRY));
    Groups.NATIONAL_SOCIETIES.forEach(s -> nationwide.add(Groups.national(s)));
    for (String group : nationwide) {
      for (Places.State state : places.states()) {
        ensureTenantGroup(state.code(), group);
      }
    }
  }

  private static List<Role> rolesOf(Scope scope) {
    return java.util.Arrays.stream(Role.values()).filter(r -> r.scope() == scope).toList();
  }

  private void ensureTenant(String id, String name) {
    if (identity.createTenantQuery().tenantId(id).count() == 0) {
      Tenant tenant = identity.newTenant(id);
      tenant.setName(name);
      identity.saveTenant(tenant);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (groups.add(id)) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void ensureTenantGroup(String tenantId, String groupId) {
    if (tenantGroups.add(tenantId + '/' + groupId)) {
      identity.createTenantGroupMembership(tenantId, groupId);
    }
  }
}
