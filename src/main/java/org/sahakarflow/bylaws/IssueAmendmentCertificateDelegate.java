package org.sahakarflow.bylaws;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.identity.Officers;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.Societies;
import org.sahakarflow.society.StateActs;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.CertificateSigner;
import org.springframework.stereotype.Component;

/** Issues the amendment certificate from the society record, kept with the case as a PDF file variable. */
@Component("issueAmendmentCertificate")
class IssueAmendmentCertificateDelegate implements JavaDelegate {

  private final Societies societies;
  private final Places places;
  private final StateActs acts;
  private final CertificateSigner signer;
  private final AmendmentCertificateRenderer renderer = new AmendmentCertificateRenderer();

  IssueAmendmentCertificateDelegate(Societies societies, Places places, StateActs acts, CertificateSigner signer) {
    this.societies = societies;
    this.places = places;
    this.acts = acts;
    this.signer = signer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Societies.Society society = societies.find((String) execution.getVariable(CaseVariables.REGISTRATION_NUMBER))
        .orElseThrow(() -> new IllegalStateException("society of " + caseNumber + " is not on record"));
    Places.State state = places.state(society.stateCode()).orElseThrow();
    Places.District district = places.district(society.districtCode()).orElseThrow();
    String officer = Boolean.TRUE.equals(execution.getVariable(BylawAdoption.DEEMED)) ? null
        : (String) execution.getVariable(BylawAdoption.DECIDED_BY);
    byte[] pdf = renderer.render(new AmendmentCertificateRenderer.Certificate(acts.amendedUnder(state.code()),
        society.name(), society.registrationNumber(), district.name(), caseNumber, society.byeLawVersion(),
        meetingDate(execution), society.modelByeLawsAdoptedOn(),
        officer == null ? null : Officers.name(officer, "registering officer"),
        officer == null ? null : Officers.designation(officer, district, state), society.adoptedActivities()));
    byte[] signed = signer.sign(pdf, "Registration of the amendment of the bye-laws of " + society.name()
        + ", case " + caseNumber, district.name() + ", " + state.name());
    execution.setVariable(BylawAdoption.CERTIFICATE, Variables.fileValue("amendment-" + caseNumber + ".pdf")
        .file(signed).mimeType("application/pdf").create());
  }

  /** Null when the Registrar registered a directed amendment the society never put to a meeting. */
  private static LocalDate meetingDate(DelegateExecution execution) {
    Object day = execution.getVariable(BylawAdoption.MEETING_DATE);
    return day == null ? null : LocalDate.parse((String) day);
  }

}
