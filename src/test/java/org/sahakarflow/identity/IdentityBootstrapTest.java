package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

@SahakarTest
class IdentityBootstrapTest {

  @Autowired
  IdentityBootstrap bootstrap;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  FilterService filters;
  @Autowired
  Places places;

  @Test
  void everyStateIsATenantWithItsRegistrarGroup() {
    assertThat(places.states()).filteredOn(s -> !s.central()).hasSize(36);
    assertThat(places.centralRegistrar()).map(Places.State::code).hasValue("MS");
    for (Places.State state : places.states()) {
      assertThat(identity.createTenantQuery().tenantId(state.code()).count()).isEqualTo(1);
      assertThat(identity.createTenantQuery().tenantId(state.code())
          .groupMember(Groups.rcsState(state.code())).count()).isEqualTo(1);
      assertThat(identity.createTenantQuery().tenantId(state.code())
          .groupMember(Groups.MINISTRY).count()).isEqualTo(1);
    }
  }

  @Test
  void demoUsersHaveTheirRolesAndStates() {
    for (DemoUsers.DemoUser demo : DemoUsers.all()) {
      assertThat(identity.checkPassword(demo.id(), "Sahakar@2026")).as(demo.id()).isTrue();
      for (String group : demo.groups()) {
        assertThat(identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count())
            .as(demo.id() + " in " + group).isEqualTo(1);
      }
    }
    assertThat(identity.createTenantQuery().userMember("rcs.up-lko").includingGroupsOfUser(true)
        .singleResult().getId()).isEqualTo("UP");
  }

  @Test
  void runningTheBootstrapAgainChangesNothing() throws Exception {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();

    bootstrap.run(null);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
  }

  @Test
  void theSharedFiltersShowWhoseCaseAndDoNotReloadThemselvesAndAnEarlierReleasesFilterIsBroughtUpToDate() throws Exception {
    for (String name : List.of("My tasks", "My group tasks", "All tasks I can see", "Overdue")) {
      assertThat(filters.createFilterQuery().filterName(name).singleResult().getProperties()).as(name)
          .containsEntry("refresh", false).containsEntry("variables", AccessPolicy.CASE_COLUMNS);
    }

    Filter asReleased = filters.createFilterQuery().filterName("Overdue").singleResult();
    Map<String, Object> released = new HashMap<>(asReleased.getProperties());
    released.put("refresh", true);
    released.remove("variables");
    filters.saveFilter(asReleased.setProperties(released));
    Filter withoutColumns = filters.createFilterQuery().filterName("All tasks I can see").singleResult();
    Map<String, Object> columnless = new HashMap<>(withoutColumns.getProperties());
    columnless.remove("variables");
    filters.saveFilter(withoutColumns.setProperties(columnless));
    Filter changedByAdmin = filters.createFilterQuery().filterName("My tasks").singleResult();
    Map<String, Object> adminsChoice = new HashMap<>(changedByAdmin.getProperties());
    adminsChoice.put("refresh", true);
    adminsChoice.put("description", "Refreshed for the help desk");
    filters.saveFilter(changedByAdmin.setProperties(adminsChoice));
    try {
      bootstrap.run(null);

      assertThat(filters.createFilterQuery().filterName("Overdue").singleResult().getProperties())
          .containsEntry("refresh", false).containsEntry("variables", AccessPolicy.CASE_COLUMNS);
      assertThat(filters.createFilterQuery().filterName("All tasks I can see").singleResult().getProperties())
          .containsEntry("variables", AccessPolicy.CASE_COLUMNS);
      assertThat(filters.createFilterQuery().filterName("My tasks").singleResult().getProperties())
          .containsEntry("refresh", true);
    } finally {
      Filter mine = filters.createFilterQuery().filterName("My tasks").singleResult();
      Map<String, Object> restored = new HashMap<>(mine.getProperties());
      restored.put("refresh", false);
      restored.put("description", "My tasks");
      filters.saveFilter(mine.setProperties(restored));
    }
  }

  @Test
  void theDemoUserListNamesEveryDemoUser() throws Exception {
    String list = Files.readString(Path.of("docs/demo-users.md"));
    for (DemoUsers.DemoUser demo : DemoUsers.all()) {
      assertThat(list).as("docs/demo-users.md").contains("`" + demo.id() + "`");
    }
  }
}
