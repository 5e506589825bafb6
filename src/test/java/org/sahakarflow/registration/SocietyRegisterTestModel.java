package org.sahakarflow.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.India;

/** The test-only model that runs the two steps after a "register" decision, and its inputs. */
final class SocietyRegisterTestModel {

  static final String PROCESS = "society-register-test";
  static final String RESOURCE = "bpmn-test/" + PROCESS + ".bpmn";
  static final String OFFICER = "rcs.rj-udr";
  static final String OFFICER_NAME = "Sunita Sharma";

  private SocietyRegisterTestModel() {
  }

  /** Deploys once per database; later calls find the same resource and deploy nothing. */
  static void deploy(RepositoryService repository) {
    repository.createDeployment().name(PROCESS).addClasspathResource(RESOURCE)
        .enableDuplicateFiltering(false).deploy();
  }

  /** A Udaipur M-PACS the Assistant Registrar has just decided to register. */
  static Map<String, Object> decidedInUdaipur() {
    String applicationNumber = "T-" + UUID.randomUUID();
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationNumber", applicationNumber);
    variables.put("societyName", "Kheda Bahuuddeshiya PACS " + applicationNumber.substring(2, 10));
    variables.put("societyType", SocietyType.MPACS.name());
    variables.put("stateCode", "RJ");
    variables.put("districtCode", "RJ-UDR");
    variables.put("areaOfOperation", "Kheda and Bhuwana villages, Girwa block");
    variables.put("applicantId", "applicant.rj-udr");
    variables.put("chiefPromoterEmail", "promoter@example.in");
    variables.put("chiefPromoterMobile", "9876543210");
    variables.put("decidedBy", OFFICER);
    variables.put("deemed", false);
    return variables;
  }

  /** The year registrations made now are numbered in: India's, by the engine clock. */
  static int currentYear() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), India.ZONE).getYear();
  }
}
