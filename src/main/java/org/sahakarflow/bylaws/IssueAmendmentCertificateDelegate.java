package org.sahakarflow.bylaws;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/** Issues the amendment certificate from the society record, kept with the case as a PDF file variable. */
@Component("issueAmendmentCertificate")
class IssueAmendmentCertificateDelegate implements JavaDelegate {

  private final Societies societies;
  private final Places places;
  private final AmendmentCertificateRenderer renderer = new AmendmentCertificateRenderer();

  IssueAmendmentCertificateDelegate(Societies societies, Places places) {
    this.societies = societies;
    this.places = places;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Societies.Society society = societies.find((String) execution.getVariable(CaseVariables.REGISTRATION_NUMBER))
        .orElseThrow(() -> new IllegalStateException("society of " + caseNumber + " is not on record"));
    byte[] pdf = renderer.render(new AmendmentCertificateRenderer.Certificate(
        places.state(society.stateCode()).orElseThrow().name(), society.name(),
        society.registrationNumber(), places.district(society.districtCode()).orElseThrow().name(),
        caseNumber, society.byeLawVersion(),
        meetingDate(execution), society.modelByeLawsAdoptedOn(),
        Boolean.TRUE.equals(execution.getVariable(BylawAdoption.DEEMED)) ? null
            : officerName((String) execution.getVariable(BylawAdoption.DECIDED_BY)),
        society.adoptedActivities()));
    execution.setVariable(BylawAdoption.CERTIFICATE, Variables.fileValue("amendment-" + caseNumber + ".pdf")
        .file(pdf).mimeType("application/pdf").create());
  }

  /** Null when the Registrar registered a directed amendment the society never put to a meeting. */
  private static LocalDate meetingDate(DelegateExecution execution) {
    Object day = execution.getVariable(BylawAdoption.MEETING_DATE);
    return day == null ? null : LocalDate.parse((String) day);
  }

  private static String officerName(String userId) {
    // the officer's name is printed whoever runs the step (a job, another user)
    User officer = Context.getCommandContext().runWithoutAuthorization(() -> Context
        .getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId).singleResult());
    if (officer == null) {
      throw new IllegalStateException("registering officer " + userId + " is not a known user");
    }
    return Stream.of(officer.getFirstName(), officer.getLastName()).filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }
}
