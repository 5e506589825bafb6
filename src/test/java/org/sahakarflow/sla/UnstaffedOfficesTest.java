package org.sahakarflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.Groups;
import org.springframework.beans.factory.annotation.Autowired;

/** A district whose registrar's office has no officer yet: its cases go before the State's Registrar. */
@SahakarTest
class UnstaffedOfficesTest {

  static final String OFFICER = "rcs.ga-sou";

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  @AfterEach
  void removeOfficer() {
    identity.deleteUser(OFFICER);
  }

  @Test
  void aCaseFromADistrictWithoutAnOfficerIsPutBeforeTheStateRegistrarUntilOneIsAdded() {
    CaseDriver cases = new CaseDriver(engine);
    String unstaffed = cases.mpacsAtScrutiny("GA", "GA-SOU", "applicant.ga-sou");
    Task scrutiny = cases.task(unstaffed, StepIds.TASK_SCRUTINISE_APPLICATION);
    assertThat(groups(scrutiny)).containsExactlyInAnyOrder("rcs-district:GA-SOU", "rcs-state:GA");
    assertThat(scrutiny.getDescription()).contains("No officer is in rcs-district:GA-SOU", "rcs-state:GA");

    User officer = identity.newUser(OFFICER);
    officer.setFirstName("Rohan");
    officer.setLastName("Naik");
    identity.saveUser(officer);
    identity.createMembership(OFFICER, Groups.rcsDistrict("GA-SOU"));
    String staffed = cases.mpacsAtScrutiny("GA", "GA-SOU", "applicant.ga-sou");

    Task next = cases.task(staffed, StepIds.TASK_SCRUTINISE_APPLICATION);
    assertThat(groups(next)).as("the new officer works it at once").containsExactly("rcs-district:GA-SOU");
    assertThat(next.getDescription()).isNull();
    // NABARD's work is not the Registrar's: an empty NABARD group is not routed round
    String atNabard = cases.apply("mpacs-registration", "applicant.ga-sou", CaseDriver.application("GA", "GA-SOU", 25))
        .getBusinessKey();
    cases.runAsyncSteps(atNabard);
    cases.uploadDocuments(atNabard);
    assertThat(groups(cases.task(atNabard, StepIds.TASK_RECORD_VIABILITY_NOTE))).containsExactly("nabard:GA");
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }
}
