package org.sahakarflow.membership;

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

/** Issues the membership certificate, kept with the case as a PDF file variable. */
@Component("issueMembershipCertificate")
class IssueMembershipCertificateDelegate implements JavaDelegate {

  private final Societies societies;
  private final Places places;
  private final MembershipCertificateRenderer renderer = new MembershipCertificateRenderer();

  IssueMembershipCertificateDelegate(Societies societies, Places places) {
    this.societies = societies;
    this.places = places;
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
        applicationNumber, signatoryName((String) execution.getVariable(NationalMembership.DECIDED_BY))));
    execution.setVariable(NationalMembership.CERTIFICATE, Variables.fileValue(
        "membership-" + membershipNumber.replace('/', '-') + ".pdf").file(pdf).mimeType("application/pdf").create());
  }

  private static String signatoryName(String userId) {
    // the board member's name is printed whoever runs the step (a job, another user)
    User user = userId == null ? null : Context.getCommandContext().runWithoutAuthorization(() -> Context
        .getProcessEngineConfiguration().getIdentityService().createUserQuery().userId(userId).singleResult());
    if (user == null) {
      throw new IllegalStateException("the deciding board member " + userId + " is not a known user");
    }
    return Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }
}
