package org.sahakarflow.identity;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * An officer's name and designation as a certificate prints them, read inside the engine's command
 * (a certificate step), whoever runs it: a job or another user may issue what an officer decided.
 */
public final class Officers {

  private Officers() {
  }

  /** First and last name; fails when the user is unknown, since a certificate must name its officer. */
  public static String name(String userId, String role) {
    User user = userId == null ? null : withoutChecks().runWithoutAuthorization(() -> Context
        .getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId).singleResult());
    if (user == null) {
      throw new IllegalStateException("the " + role + " " + userId + " is not a known user");
    }
    return Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }

  /**
   * The office the officer holds for a society of this district, from the group that let them
   * decide: the district's registering officer, a functional registrar (dairy, fisheries) or the
   * Registrar of the State (an appeal, a case sent up); null for none of these.
   */
  public static String designation(String userId, Places.District district, Places.State state) {
    Set<String> groups = withoutChecks().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createGroupQuery().groupMember(userId).list()).stream()
        .map(Group::getId).collect(Collectors.toSet());
    if (groups.contains(Groups.rcsDistrict(district.code()))) {
      return "Assistant Registrar of Co-operative Societies, " + district.name();
    }
    if (groups.contains(Groups.Role.DAIRY_REGISTRAR.group(district.code()))) {
      return "District Dairy Development Officer, " + district.name() + ", with the Registrar's powers for dairy societies";
    }
    if (groups.contains(Groups.Role.FISHERIES_REGISTRAR.group(district.code()))) {
      return "District Fisheries Officer, " + district.name() + ", with the Registrar's powers for fisheries societies";
    }
    if (groups.contains(Groups.rcsState(state.code()))) {
      return state.central() ? "Central Registrar of Co-operative Societies"
          : "Registrar of Co-operative Societies, " + state.name();
    }
    return null;
  }

  private static CommandContext withoutChecks() {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      throw new IllegalStateException("an officer is looked up inside the engine's command, as a certificate is issued");
    }
    return command;
  }
}
