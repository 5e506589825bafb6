package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.TestUsers;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Who may change a step's assignee through the engine REST: an officer may let go of a step they
 * claimed, not of a colleague's; a team's lead ({@code lead:<team>}) hands a step offered to the
 * team to a member of it and to nobody else; adding someone to a group they are in already is a
 * conflict, not a server error.
 */
@SahakarTest
class TaskAssignmentTest {

  /** An office no other test staffs. */
  static final String DISTRICT = "RJ-TON";
  static final String TEAM = Groups.rcsDistrict(DISTRICT);
  static final String LEAD_GROUP = "lead:" + TEAM;

  @Autowired
  ProcessEngine engine;
  @Autowired
  Http http;

  CaseDriver cases;
  String first;
  String second;
  String lead;
  Task task;

  @BeforeEach
  void staffTheTeamAndOpenACase() {
    IdentityService identity = engine.getIdentityService();
    first = TestUsers.ensure(identity, "first.rj-ton", TEAM, "RJ");
    second = TestUsers.ensure(identity, "second.rj-ton", TEAM, "RJ");
    if (identity.createGroupQuery().groupId(LEAD_GROUP).count() == 0) {
      Group group = identity.newGroup(LEAD_GROUP);
      group.setName("Lead of " + TEAM);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    lead = TestUsers.ensure(identity, "lead.rj-ton", TEAM, "RJ");
    if (identity.createUserQuery().userId(lead).memberOfGroup(LEAD_GROUP).count() == 0) {
      identity.createMembership(lead, LEAD_GROUP);
    }
    cases = new CaseDriver(engine);
    String key = cases.mpacsAtScrutiny("RJ", DISTRICT, "applicant.rj-udr");
    task = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
  }

  private ResponseEntity<String> claim(String user) {
    return http.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user));
  }

  private ResponseEntity<String> unclaim(String user) {
    return http.post(user, "/engine-rest/task/" + task.getId() + "/unclaim", Map.of());
  }

  private ResponseEntity<String> assign(String user, String assignee) {
    return http.post(user, "/engine-rest/task/" + task.getId() + "/assignee", Map.of("userId", assignee));
  }

  private String assignee() {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
  }

  @Test
  void anOfficerLetsGoOfTheirOwnStepAndAColleagueTakesIt() {
    assertThat(claim(first).getStatusCode().value()).isEqualTo(204);
    assertThat(unclaim(first).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isNull();
    assertThat(claim(second).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo(second);
  }

  @Test
  void anOfficerCannotTakeAColleaguesStepAway() {
    assertThat(claim(first).getStatusCode().value()).isEqualTo(204);
    assertThat(unclaim(second).getStatusCode().value()).isEqualTo(403);
    assertThat(assign(second, second).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> claimed = claim(second);
    assertThat(claimed.getStatusCode().value()).isEqualTo(409);
    assertThat(claimed.getBody()).contains("already claimed by " + first);
    assertThat(assignee()).isEqualTo(first);
  }

  @Test
  void aLeadHandsAStepWithinTheTeamButNotOutsideIt() {
    assertThat(claim(first).getStatusCode().value()).isEqualTo(204);
    assertThat(assign(lead, second).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isEqualTo(second);

    ResponseEntity<String> outside = assign(lead, "rcs.rj-udr");
    assertThat(outside.getStatusCode().value()).isEqualTo(403);
    assertThat(outside.getBody()).contains("only to a member of " + TEAM).contains("rcs.rj-udr is not one");
    assertThat(assignee()).isEqualTo(second);

    assertThat(unclaim(lead).getStatusCode().value()).isEqualTo(204);
    assertThat(assignee()).isNull();
  }

  @Test
  void aLeadOfAnotherTeamHasNoSayOverThisOne() {
    IdentityService identity = engine.getIdentityService();
    String otherLead = TestUsers.ensure(identity, "lead.rj-dun", Groups.rcsDistrict("RJ-DUN"), "RJ");
    String otherLeadGroup = "lead:" + Groups.rcsDistrict("RJ-DUN");
    if (identity.createGroupQuery().groupId(otherLeadGroup).count() == 0) {
      Group group = identity.newGroup(otherLeadGroup);
      group.setName("Lead of RJ-DUN");
      identity.saveGroup(group);
      identity.createMembership(otherLead, otherLeadGroup);
    }
    assertThat(claim(first).getStatusCode().value()).isEqualTo(204);
    assertThat(assign(otherLead, second).getStatusCode().value()).isIn(403, 404);
    assertThat(assignee()).isEqualTo(first);
  }

  @Test
  void addingAMemberTwiceIsAConflict() {
    String path = "/engine-rest/group/" + TEAM + "/members/" + first;
    ResponseEntity<String> again = http.as("admin").exchange(path, HttpMethod.PUT, Http.json(Map.of()), String.class);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).contains(first + " is already a member of " + TEAM);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(TEAM).userId(first).count()).isOne();
  }
}
