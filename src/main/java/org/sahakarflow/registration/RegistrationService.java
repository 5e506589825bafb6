package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts registration cases for front ends other than Tasklist; the process does the rest. */
@Service
class RegistrationService {

  private final RuntimeService runtime;
  private final EligibilityRules rules;
  private final ObjectMapper json;

  RegistrationService(RuntimeService runtime, EligibilityRules rules, ObjectMapper json) {
    this.runtime = runtime;
    this.rules = rules;
    this.json = json;
  }

  /**
   * The case's start listener holds the application to {@link ApplicationValidator}'s rules, once,
   * in this transaction; a refusal after the start (too few promoters) rolls the case back whole.
   */
  @Transactional
  public Submitted submit(RegistrationRequest request) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CaseVariables.SOCIETY_NAME, request.societyName());
    variables.put(CaseVariables.STATE_CODE, request.stateCode());
    variables.put(CaseVariables.DISTRICT_CODE, request.districtCode());
    variables.put("block", request.block());
    variables.put("gramPanchayat", request.gramPanchayat());
    variables.put("areaOfOperation", request.areaOfOperation());
    variables.put("objects", request.objects());
    variables.put("promoters", SpinValues.jsonValue(toJson(request.promoters())).create());
    variables.put("promoterCount", request.promoters().size());
    variables.put("shareCapitalSubscribed", request.shareCapitalSubscribed().doubleValue());
    variables.put("shareCapitalPaid", request.shareCapitalPaid().doubleValue());
    variables.put("dccbAccountNumber", request.dccbAccountNumber());
    variables.put("creditBalanceCertificateNumber", request.creditBalanceCertificateNumber());
    variables.put("modelByeLawsAdopted", request.modelByeLawsAdopted());
    variables.put(CaseVariables.APPLICANT_EMAIL, request.chiefPromoterEmail());
    variables.put("chiefPromoterMobile", request.chiefPromoterMobile());
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        request.societyType().processKey(), variables);
    refuseTooFewPromoters(request);
    return new Submitted(instance.getBusinessKey(), instance.getId());
  }

  /**
   * Other front ends get the State's promoter minimum at once, as a 400; Tasklist applicants see it
   * among all failed rules when the case returns to them for revision.
   */
  private void refuseTooFewPromoters(RegistrationRequest request) {
    int minimum = rules.thresholdsFor(request.stateCode(), request.societyType(), false).minPromoters();
    if (request.promoters().size() < minimum) {
      throw new InvalidInputException("promoters", "%d promoters; at least %d from different families are required in %s"
          .formatted(request.promoters().size(), minimum, request.stateCode()));
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("promoters cannot be written as JSON", e);
    }
  }

  record Submitted(String applicationNumber, String processInstanceId) {
  }
}
