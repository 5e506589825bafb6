package org.sahakarflow.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sahakarflow.StepIds;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test-only models of {@code bpmn-test/}, cases started on them, and what they logged. */
final class NoticeTestCases {

  static final String LOOP = "notice-loop-test";
  static final String LOOP_SEND = StepIds.TASK_SEND_QUERY;
  static final String LOOP_REPLY = "Task_ReplyToQuery";
  static final String QUERY_AGAIN = "queryAgain";

  static final String RECIPIENTS = "notice-recipients-test";
  static final String RECIPIENTS_REVIEW = "Task_ReviewCase";
  static final String REVIEW_GROUP = "reviewGroup";
  static final String NOTICE_TARGET = "noticeTarget";

  static final String PASSWORD = "Sahakar@2026";

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final List<String> users = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();

  NoticeTestCases(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.jdbc = jdbc;
    engine.getRepositoryService().createDeployment().name("notice-tests")
        .addClasspathResource("bpmn-test/" + LOOP + ".bpmn")
        .addClasspathResource("bpmn-test/" + RECIPIENTS + ".bpmn")
        .enableDuplicateFiltering(false)
        .deploy();
  }

  /** A Udaipur case with its own application number and promoter address. */
  static Map<String, Object> caseVariables() {
    String serial = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationNumber", "RJ-UDR-MPACS-2026-T" + serial);
    variables.put("applicantId", "applicant.rj-udr");
    variables.put("stateCode", "RJ");
    variables.put("districtCode", "RJ-UDR");
    variables.put("societyType", "MPACS");
    variables.put("societyName", "Kheda Bahuuddeshiya PACS " + serial);
    variables.put("chiefPromoterEmail", "promoter-" + serial + "@example.in");
    variables.put("queryText", "Attach the DCCB credit-balance certificate (" + serial + ").");
    return variables;
  }

  ProcessInstance start(String processKey, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey,
        (String) variables.get("applicationNumber"), variables);
  }

  Job job(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).singleResult();
  }

  List<Map<String, Object>> logged(ProcessInstance instance) {
    return jdbc.queryForList("select * from notice_log where process_instance_id = ? "
        + "order by notice_key", instance.getId());
  }

  List<Map<String, Object>> smsLogged(ProcessInstance instance) {
    return jdbc.queryForList("select * from notice_sms_log where process_instance_id = ? "
        + "order by notice_key", instance.getId());
  }

  /** A fresh group with members, {@code withEmail} of them with an address; returns those. */
  List<String> newGroup(String groupId, int withEmail, int withoutEmail) {
    Group group = engine.getIdentityService().newGroup(groupId);
    group.setName(groupId);
    engine.getIdentityService().saveGroup(group);
    groups.add(groupId);
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < withEmail + withoutEmail; i++) {
      String id = newUser(i < withEmail);
      engine.getIdentityService().createMembership(id, groupId);
      if (i < withEmail) {
        addresses.add(id + "@example.in");
      }
    }
    return addresses;
  }

  /** A fresh user, with the address {@code <id>@example.in} if asked. */
  String newUser(boolean withEmail) {
    String id = "notice-" + UUID.randomUUID().toString().substring(0, 8);
    User user = engine.getIdentityService().newUser(id);
    user.setFirstName("Test");
    user.setLastName("Officer");
    user.setPassword(PASSWORD);
    if (withEmail) {
      user.setEmail(id + "@example.in");
    }
    engine.getIdentityService().saveUser(user);
    users.add(id);
    return id;
  }

  /** Removes the users and groups this test made (memberships go with them). */
  void removeIdentities() {
    users.forEach(engine.getIdentityService()::deleteUser);
    groups.forEach(engine.getIdentityService()::deleteGroup);
    users.clear();
    groups.clear();
  }
}
