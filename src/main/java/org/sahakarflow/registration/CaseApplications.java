package org.sahakarflow.registration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.sahakarflow.sla.OpenSteps;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The application as filed, with its documents and where it waits now, for whoever may read the
 * registration case (the applicant, and the officers the case routes to). Read through the engine's history as the
 * signed-in user, so Camunda's authorization decides; for anyone else the case does not exist.
 * The registrar's tasks carry only what their forms need; this is where they read the rest.
 */
@Component
class CaseApplications {

  static final List<String> DOCUMENTS = List.of("byeLawsDocument", "promoterListDocument", "bankCertificateDocument");
  private static final String[] REGISTRATION_PROCESSES =
      Arrays.stream(SocietyType.values()).map(SocietyType::processKey).toArray(String[]::new);

  private final HistoryService history;
  private final ObjectMapper json;
  private final OpenSteps openSteps;

  CaseApplications(HistoryService history, ObjectMapper json, OpenSteps openSteps) {
    this.history = history;
    this.json = json;
    this.openSteps = openSteps;
  }

  record Document(String name, String fileName, String mimeType, String href) {
  }

  record Filed(String applicationNumber, String process, String status, Date submittedAt,
      String societyType, String societyName, String stateCode, String districtCode, String block,
      String gramPanchayat, Object gramPanchayatLgdCode, String panchayatServedBy, String areaOfOperation,
      String objects, List<Map<String, Object>> promoters,
      Object shareCapitalSubscribed, Object shareCapitalPaid, String dccbAccountNumber,
      String creditBalanceCertificateNumber, Boolean depositProofRequired, Fee fee,
      FormationVerdict formationVerdict, Boolean modelByeLawsAdopted, String chiefPromoterEmail,
      String chiefPromoterMobile, List<Document> documents, List<OpenSteps.Waiting> waitingAt, MultiState multiState) {
  }

  /** A multi-State society's States and registered office; null for a State society. */
  record MultiState(List<String> areaStates, String officeStateCode, String officeDistrictCode) {
  }

  /** The registration fee as reckoned at submission (rupees) and as the applicant recorded paying it. */
  record Fee(Object authorisedShareCapital, Object due, String basis, Object paid, String paymentReference) {
  }

  /**
   * The formation agency's verdict (FAVOURABLE or NEGATIVE) and findings, and the registrar's
   * reasons for registering over a negative one; null until the agency has reported.
   */
  record FormationVerdict(String agency, String verdict, String findings, String registrationReasons) {
  }

  Filed application(String applicationNumber) {
    HistoricProcessInstance registration = registration(applicationNumber);
    // the application's own fields live on the case itself; documents are listed, not read
    Map<String, TypedValue> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(registration.getId()).disableBinaryFetching().unlimitedList()) {
      if (registration.getId().equals(variable.getActivityInstanceId())) {
        values.put(variable.getName(), variable.getTypedValue());
      }
    }
    HistoricVariableInstance promoters = history.createHistoricVariableInstanceQuery()
        .processInstanceId(registration.getId()).variableName("promoters").singleResult();
    List<Document> documents = new ArrayList<>();
    for (String name : DOCUMENTS) {
      if (values.get(name) instanceof FileValue file) {
        documents.add(new Document(name, file.getFilename(), file.getMimeType(),
            "/api/registrations/" + applicationNumber + "/documents/" + name));
      }
    }
    return new Filed(applicationNumber, registration.getProcessDefinitionKey(), registration.getState(),
        (Date) value(values, CaseVariables.SUBMITTED_AT), text(values, CaseVariables.SOCIETY_TYPE), text(values, CaseVariables.SOCIETY_NAME),
        text(values, CaseVariables.STATE_CODE), text(values, CaseVariables.DISTRICT_CODE), text(values, "block"),
        text(values, "gramPanchayat"), value(values, RegistrationVariables.GRAM_PANCHAYAT_LGD_CODE),
        text(values, RegistrationVariables.PANCHAYAT_SERVED_BY), text(values, "areaOfOperation"), text(values, "objects"),
        promoters(promoters == null ? null : promoters.getTypedValue()), value(values, "shareCapitalSubscribed"),
        value(values, "shareCapitalPaid"), text(values, "dccbAccountNumber"),
        text(values, "creditBalanceCertificateNumber"),
        (Boolean) value(values, RegistrationVariables.DEPOSIT_PROOF_REQUIRED), fee(values), verdict(values),
        (Boolean) value(values, "modelByeLawsAdopted"),
        text(values, CaseVariables.APPLICANT_EMAIL), text(values, "chiefPromoterMobile"), documents,
        openSteps.of(registration.getId()), multiState(values));
  }

  private MultiState multiState(Map<String, TypedValue> values) {
    if (!Boolean.TRUE.equals(value(values, CaseVariables.MULTI_STATE))) {
      return null;
    }
    Object states = value(values, RegistrationVariables.AREA_STATES);
    try {
      return new MultiState(states == null ? List.of() : json.readValue(states.toString(), new TypeReference<List<String>>() { }),
          text(values, RegistrationVariables.OFFICE_STATE_CODE), text(values, RegistrationVariables.OFFICE_DISTRICT_CODE));
    } catch (IOException e) {
      throw new IllegalStateException("the area of operation's States of this case are not a list", e);
    }
  }

  private static Fee fee(Map<String, TypedValue> values) {
    return new Fee(value(values, RegistrationVariables.AUTHORISED_SHARE_CAPITAL),
        value(values, RegistrationVariables.REGISTRATION_FEE_DUE), text(values, RegistrationVariables.REGISTRATION_FEE_BASIS),
        value(values, RegistrationVariables.REGISTRATION_FEE_PAID), text(values, RegistrationVariables.FEE_PAYMENT_REFERENCE));
  }

  private static FormationVerdict verdict(Map<String, TypedValue> values) {
    String verdict = text(values, RegistrationVariables.FORMATION_VERDICT);
    return verdict == null ? null : new FormationVerdict(text(values, RegistrationVariables.FORMATION_AGENCY), verdict,
        text(values, RegistrationVariables.FORMATION_FINDINGS), text(values, RegistrationVariables.REGISTRATION_REASONS));
  }

  /** One of the case's documents, by its variable name. */
  FileValue document(String applicationNumber, String name) {
    if (!DOCUMENTS.contains(name)) {
      throw new NotFoundException("no document '" + name + "'; the documents are " + DOCUMENTS);
    }
    HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
        .processInstanceId(registration(applicationNumber).getId()).variableName(name).singleResult();
    if (variable == null || !(variable.getTypedValue() instanceof FileValue file)) {
      throw new NotFoundException(applicationNumber + " has no " + name + " yet");
    }
    return file;
  }

  private HistoricProcessInstance registration(String applicationNumber) {
    HistoricProcessInstance registration = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationNumber)
        .processDefinitionKeyIn(REGISTRATION_PROCESSES)
        .rootProcessInstances().singleResult();
    if (registration == null) {
      throw new NotFoundException("no application " + applicationNumber + " that you may see");
    }
    return registration;
  }

  private List<Map<String, Object>> promoters(TypedValue value) {
    if (value == null || value.getValue() == null) {
      return List.of();
    }
    try {
      return json.readValue(value.getValue().toString(), new TypeReference<>() { });
    } catch (IOException e) {
      throw new IllegalStateException("the promoters of this case are not a list", e);
    }
  }

  private static Object value(Map<String, TypedValue> values, String name) {
    TypedValue value = values.get(name);
    return value == null ? null : value.getValue();
  }

  private static String text(Map<String, TypedValue> values, String name) {
    Object value = value(values, name);
    return value == null ? null : value.toString();
  }
}
