package org.sahakarflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Walks registration cases the way the offices do, through the engine's own services: async
 * steps (mail) are run as the job executor would, timers fire only when a test moves the clock.
 */
public final class CaseDriver {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final ProcessEngine engine;

  public CaseDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A complete, eligible application's variables for the district. */
  public static Map<String, Object> application(String stateCode, String districtCode, int promoters) {
    int serial = SERIAL.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    // "Limited" last, as the States whose Act requires it ask (reference/society-name-suffixes.csv)
    variables.put("societyName", "Process Test PACS " + serial + " Limited");
    variables.put("stateCode", stateCode);
    variables.put("districtCode", districtCode);
    variables.put("block", TestPlaces.blockOf(districtCode));
    // a panchayat of its own: a second M-PACS in one panchayat is put to the registrar
    variables.put("gramPanchayat", "Kheda Khurd " + serial);
    variables.put("areaOfOperation", "Kheda and Bhuwana villages");
    variables.put("objects", "crop loans and inputs");
    StringBuilder list = new StringBuilder("[");
    for (int i = 1; i <= promoters; i++) {
      list.append(i > 1 ? "," : "").append("{\"name\":\"Promoter ").append(i)
          .append("\",\"householdId\":\"PT-").append(serial).append('-').append(i)
          .append("\",\"village\":\"Kheda\",\"sharesSubscribed\":10}");
    }
    variables.put("promoters", SpinValues.jsonValue(list.append(']').toString()).create());
    variables.put("shareCapitalSubscribed", 200000.0);
    variables.put("shareCapitalPaid", 150000.0);
    variables.put("dccbAccountNumber", "UDR-77" + serial);
    variables.put("creditBalanceCertificateNumber", "CBC/2026/" + serial);
    // enough for every State's fee on record (Assam's 1% of Rs 5,00,000; Uttar Pradesh's Rs 50)
    variables.put("authorisedShareCapital", 500000.0);
    variables.put("registrationFeePaid", 5000.0);
    variables.put("feePaymentReference", "CHALLAN/2026/" + serial);
    variables.put("modelByeLawsAdopted", true);
    variables.put("chiefPromoterEmail", "promoter" + serial + "@example.in");
    variables.put("chiefPromoterMobile", "9876543210");
    return variables;
  }

  public ProcessInstance apply(String processKey, String applicant, Map<String, Object> variables) {
    String state = (String) variables.get("stateCode");
    engine.getIdentityService().setAuthentication(applicant, List.of("applicants"), List.of(state));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs every due async step (not timers) of the case, including its called processes. */
  public void runAsyncSteps(String businessKey) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = new ArrayList<>();
      for (ProcessInstance instance : instances(businessKey)) {
        jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .messages().executable().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("async steps of " + businessKey + " did not settle");
  }

  public List<ProcessInstance> instances(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
  }

  public Task task(String businessKey, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " of " + businessKey).isNotNull();
    return task;
  }

  /** Whether the case has no task of that step open: a form's Complete took, or the step never came. */
  public boolean stepDone(String businessKey, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).count() == 0;
  }

  /** Claims the task as the officer (so decisions are signed by someone) and completes it. */
  public void complete(String businessKey, String taskKey, String officer, Map<String, Object> variables) {
    Task task = task(businessKey, taskKey);
    if (officer != null) {
      engine.getTaskService().claim(task.getId(), officer);
    }
    engine.getTaskService().complete(task.getId(), variables);
    runAsyncSteps(businessKey);
  }

  public void uploadDocuments(String businessKey) {
    Map<String, Object> files = new HashMap<>();
    for (String name : List.of("byeLawsDocument", "promoterListDocument", "bankCertificateDocument")) {
      files.put(name, Variables.fileValue(name + ".pdf")
          .file(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    }
    complete(businessKey, StepIds.TASK_UPLOAD_DOCUMENTS, null, files);
  }

  /** Applies for an M-PACS in the district and walks it to the registrar's scrutiny. */
  public String mpacsAtScrutiny(String stateCode, String districtCode, String applicant) {
    ProcessInstance instance = apply("mpacs-registration", applicant, application(stateCode, districtCode, 25));
    String key = instance.getBusinessKey();
    runAsyncSteps(key);
    uploadDocuments(key);
    complete(key, StepIds.TASK_RECORD_VIABILITY_NOTE, null, Map.of("viabilityNote", "viable", "viable", true));
    return key;
  }

  public Job timer(String businessKey, String timerId) {
    for (ProcessInstance instance : instances(businessKey)) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .activityId(timerId).singleResult();
      if (job != null) {
        return job;
      }
    }
    throw new AssertionError("no timer " + timerId + " for " + businessKey);
  }

  public Object variable(String businessKey, String name) {
    for (ProcessInstance instance : instances(businessKey)) {
      Object value = engine.getRuntimeService().getVariable(instance.getId(), name);
      if (value != null) {
        return value;
      }
    }
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(historicIds(businessKey)).variableName(name).list().stream()
        .map(v -> v.getValue()).filter(v -> v != null).findFirst().orElse(null);
  }

  public String[] historicIds(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list().stream().map(h -> h.getId()).toArray(String[]::new);
  }

  public static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
