package org.sahakarflow.membership;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.sahakarflow.identity.Officers;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.CertificateSigner;
import org.springframework.stereotype.Component;

/** Issues the membership certificate, kept with the case as a PDF file variable. */
@Component("issueMembershipCertificate")
class IssueMembershipCertificateDelegate implements JavaDelegate {

  private final Societies societies;
  private final Places places;
  private final CertificateSigner signer;
  private final MembershipCertificateRenderer renderer = new MembershipCertificateRenderer();

  IssueMembershipCertificateDelegate(Societies societies, Places places, CertificateSigner signer) {
    this.societies = societies;
    this.places = places;
    this.signer = signer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationNumber = execution.getProcessBusinessKey();
    Societies.Society society = societies.find((String) execution.getVariable(CaseVariables.REGISTRATION_NUMBER))
        .orElseThrow(() -> new IllegalStateException("society of " + applicationNumber + " is not on record"));
    NationalSociety national = NationalSociety.of(execution.getVariable(CaseVariables.NATIONAL_SOCIETY)).orElseThrow();
    Number shares = (Number) execution.getVariable(NationalMembership.SHARES_SUBSCRIBED);
    long paid = ((Number) execution.getVariable(NationalMembership.AMOUNT_DUE)).longValue();
    String payment = national == NationalSociety.BBSSL
        ? "Share money paid: " + shares.longValue() + " share(s), " + MembershipMoney.rupees(paid)
        : "Membership fee paid: " + MembershipMoney.rupees(paid);
    String membershipNumber = (String) execution.getVariable(NationalMembership.MEMBERSHIP_NUMBER);
    byte[] pdf = renderer.render(new MembershipCertificateRenderer.Certificate(national.fullName(),
        society.name(), society.registrationNumber(), places.district(society.districtCode()).orElseThrow().name(),
        places.state(society.stateCode()).orElseThrow().name(), membershipNumber,
        LocalDate.parse((String) execution.getVariable(NationalMembership.ADMITTED_ON)), payment,
        applicationNumber, Officers.name((String) execution.getVariable(NationalMembership.DECIDED_BY),
            "deciding board member")));
    byte[] signed = signer.sign(pdf, "Membership of " + society.name() + " in " + national.fullName(),
        national.fullName());
    execution.setVariable(NationalMembership.CERTIFICATE, Variables.fileValue(
        "membership-" + membershipNumber.replace('/', '-') + ".pdf").file(signed).mimeType("application/pdf").create());
  }
}
