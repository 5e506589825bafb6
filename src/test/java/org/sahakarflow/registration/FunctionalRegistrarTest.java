package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.CaseDriver.vars;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.CaseDriver;
import org.sahakarflow.Http;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.StepIds;
import org.sahakarflow.identity.RegisteringOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kerala registers its dairy societies through the dairy development department's officer, a
 * functional registrar: the scrutiny and the decision are theirs, the case is theirs to read and
 * not the co-operative department's district office's, and a State changes the setting by upload,
 * for new cases only.
 */
@SahakarTest
class FunctionalRegistrarTest {

  static final String DAIRY_OFFICER = "dairy-registrar.kl-ala";

  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identity;
  @Autowired
  RegisteringOfficers officers;
  @Autowired
  Http http;
  @Autowired
  JdbcTemplate jdbc;
  CaseDriver cases;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(engine);
    if (identity.createUserQuery().userId(DAIRY_OFFICER).count() == 0) {
      User user = identity.newUser(DAIRY_OFFICER);
      user.setPassword(Http.DEMO_PASSWORD);
      identity.saveUser(user);
      identity.createMembership(DAIRY_OFFICER, "dairy-registrar:KL-ALA");
      identity.createTenantUserMembership("KL", DAIRY_OFFICER);
    }
  }

  @AfterEach
  void restoreTheShippedSetting() {
    upload("stateCode,societyType,registeringOfficer\nKL,DAIRY,dairy-registrar\n");
    jdbc.update("delete from reference_upload where dataset = 'functional-registrars'");
  }

  @Test
  void aKeralaDairySocietyIsScrutinisedAndDecidedByTheDairyDepartmentsOfficer() {
    String key = dairyAtScrutiny("KL", "KL-ALA");

    assertThat(candidateGroups(key, StepIds.TASK_SCRUTINISE_APPLICATION)).containsExactly("dairy-registrar:KL-ALA");
    assertThat(cases.variable(key, RegisteringOfficers.VARIABLE)).isEqualTo("dairy-registrar:KL-ALA");
    assertThat(seesCase(DAIRY_OFFICER, "dairy-registrar:KL-ALA", key)).isTrue();
    assertThat(seesCase("rcs.kl-ala", "rcs-district:KL-ALA", key))
        .as("the co-operative department's district office has no part in it").isFalse();

    cases.complete(key, StepIds.TASK_SCRUTINISE_APPLICATION, DAIRY_OFFICER, vars("scrutinyOutcome", "DECIDE"));
    assertThat(candidateGroups(key, StepIds.TASK_DECIDE_REGISTRATION)).containsExactly("dairy-registrar:KL-ALA");
  }

  @Test
  void theRegistrarsDistrictOfficerRegistersWhereTheStateHasNoFunctionalRegistrar() {
    String rajasthanDairy = dairyAtScrutiny("RJ", "RJ-UDR");
    assertThat(candidateGroups(rajasthanDairy, StepIds.TASK_SCRUTINISE_APPLICATION)).containsExactly("rcs-district:RJ-UDR");

    String keralaPacs = cases.mpacsAtScrutiny("KL", "KL-ALA", "applicant.kl-ala");
    assertThat(candidateGroups(keralaPacs, StepIds.TASK_SCRUTINISE_APPLICATION))
        .as("no Kerala officer in the test data: the State Registrar is routed in too")
        .containsExactlyInAnyOrder("rcs-district:KL-ALA", "rcs-state:KL");
  }

  @Test
  void aStateChangesItsSettingByUploadForNewCasesOnly() {
    String before = dairyAtScrutiny("KL", "KL-ALA");

    ResponseEntity<String> bad = upload("stateCode,societyType,registeringOfficer\nKL,DAIRY,rcs-district\n"
        + "KX,DAIRY,rcs-district\nKL,SUGAR,rcs-district\nKL,FISHERIES,milk-union\nKL,DAIRY,dairy-registrar\n");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("line 3", "stateCode: KX is not a State", "line 4", "societyType: must be",
        "line 5", "registeringOfficer: must be", "line 6", "DAIRY for KL is on line 2 too");
    assertThat(officers.group("KL", "KL-ALA", "DAIRY")).as("nothing applied").isEqualTo("dairy-registrar:KL-ALA");

    assertThat(upload("stateCode,societyType,registeringOfficer\nKL,DAIRY,rcs-district\n").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String after = dairyAtScrutiny("KL", "KL-ALA");

    assertThat(candidateGroups(after, StepIds.TASK_SCRUTINISE_APPLICATION))
        .containsExactlyInAnyOrder("rcs-district:KL-ALA", "rcs-state:KL");
    cases.complete(before, StepIds.TASK_SCRUTINISE_APPLICATION, DAIRY_OFFICER, vars("scrutinyOutcome", "DECIDE"));
    assertThat(candidateGroups(before, StepIds.TASK_DECIDE_REGISTRATION))
        .as("the open case keeps the officer it was filed with").containsExactly("dairy-registrar:KL-ALA");
  }

  @Test
  void aDistrictWithoutADairyOfficerYetGoesBeforeTheStateRegistrar() {
    String key = dairyAtScrutiny("KL", "KL-IDU");

    assertThat(candidateGroups(key, StepIds.TASK_SCRUTINISE_APPLICATION))
        .containsExactlyInAnyOrder("dairy-registrar:KL-IDU", "rcs-state:KL");
    assertThat(cases.task(key, StepIds.TASK_SCRUTINISE_APPLICATION).getDescription())
        .contains("No officer is in dairy-registrar:KL-IDU");
  }

  private String dairyAtScrutiny(String state, String district) {
    String key = cases.apply("dairy-registration", "applicant." + district.toLowerCase(),
        CaseDriver.application(state, district, 25)).getBusinessKey();
    cases.runAsyncSteps(key);
    cases.uploadDocuments(key);
    cases.complete(key, StepIds.TASK_RECORD_MILK_SURVEY, null, vars("milchAnimals", 420L,
        "surplusMilkLitresPerDay", 650.0, "collectionRoute", "route 3", "surveyFavourable", true));
    return key;
  }

  private List<String> candidateGroups(String key, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(cases.task(key, taskKey).getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  private boolean seesCase(String user, String group, String key) {
    identity.setAuthentication(user, List.of(group), List.of("KL"));
    try {
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
          .processDefinitionKey("registrar-decision").count() > 0;
    } finally {
      identity.clearAuthentication();
    }
  }

  private ResponseEntity<String> upload(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    return http.as("admin").exchange("/api/reference/functional-registrars", HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }
}
