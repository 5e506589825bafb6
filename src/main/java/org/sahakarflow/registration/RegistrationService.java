package org.sahakarflow.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.identity.Places;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts registration cases for front ends other than Tasklist; the process does the rest. */
@Service
class RegistrationService {

  private final RuntimeService runtime;
  private final Places places;
  private final ObjectMapper json;

  RegistrationService(RuntimeService runtime, Places places, ObjectMapper json) {
    this.runtime = runtime;
    this.places = places;
    this.json = json;
  }

  @Transactional
  public Submitted submit(RegistrationRequest request) {
    checkAgainstRecords(request);
    Map<String, Object> variables = new HashMap<>();
    variables.put("societyName", request.societyName());
    variables.put("stateCode", request.stateCode());
    variables.put("districtCode", request.districtCode());
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
    variables.put("chiefPromoterEmail", request.chiefPromoterEmail());
    variables.put("chiefPromoterMobile", request.chiefPromoterMobile());
    ProcessInstance instance = runtime.startProcessInstanceByKey(
        request.societyType().processKey(), variables);
    return new Submitted(instance.getBusinessKey(), instance.getId());
  }

  private void checkAgainstRecords(RegistrationRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (places.state(request.stateCode()).isEmpty()) {
      problems.add(new FieldProblem("stateCode", "is not a State or UT on record"));
    } else if (!places.isDistrictOf(request.districtCode(), request.stateCode())) {
      problems.add(new FieldProblem("districtCode", "is not a district of " + request.stateCode()));
    }
    if (request.shareCapitalPaid().compareTo(request.shareCapitalSubscribed()) > 0) {
      problems.add(new FieldProblem("shareCapitalPaid", "must not exceed the capital subscribed"));
    }
    var households = new HashSet<String>();
    for (int i = 0; i < request.promoters().size(); i++) {
      if (!households.add(request.promoters().get(i).householdId().toUpperCase())) {
        problems.add(new FieldProblem("promoters[" + i + "].householdId",
            "repeats another promoter's household; each promoter must come from a different family"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
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
