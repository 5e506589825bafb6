package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.Places;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every State and UT on record can file an M-PACS application and have it scrutinised in time (the
 * Central Registrar takes multi-State societies only: {@code MultiStateRegistrationTest}).
 */
@SahakarTest
class EveryStateFilesTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  Places places;

  @Test
  void anMpacsApplicationFromEachStateReachesItsDistrictRegistrarWithADueDate() {
    CaseDriver cases = new CaseDriver(engine);
    List<String> filed = new ArrayList<>();
    for (Places.State state : places.states().stream().filter(s -> !s.central()).toList()) {
      Places.District district = places.districts().stream()
          .filter(d -> d.stateCode().equals(state.code())).findFirst().orElseThrow();
      String key = cases.mpacsAtScrutiny(state.code(), district.code(), "applicant.every-state");
      Task scrutiny = cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION);
      assertThat(key).as(state.code()).startsWith(district.code() + "-MPACS-");
      assertThat(scrutiny.getTenantId()).isEqualTo(state.code());
      assertThat(scrutiny.getDueDate()).as(state.code() + " due date").isNotNull();
      assertThat(engine.getTaskService().getIdentityLinksForTask(scrutiny.getId()))
          .extracting(IdentityLink::getGroupId).contains("rcs-district:" + district.code());
      filed.add(state.code());
    }
    assertThat(filed).hasSize(36);
  }
}
