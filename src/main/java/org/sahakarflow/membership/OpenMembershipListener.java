package org.sahakarflow.membership;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sahakarflow.identity.CaseAccess;
import org.sahakarflow.numbering.NumberSequence;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.India;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens an application, from Tasklist or the API alike: the society is on record in the State and
 * district given and the secretary who applies acts for it, the board resolution and signatory are
 * there, the money is paid in full ({@link MembershipMoney}), and the society has no open
 * application to, nor membership of, that national society. The last is settled by the table's
 * unique key in this very transaction, so of two simultaneous starts one fails. Numbers the case
 * ({@code RJ-UDR-NCEL-2026-000012}, the business key) after that, so a refused start uses no number.
 */
@Component("openMembership")
class OpenMembershipListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(OpenMembershipListener.class);

  private final Societies societies;
  private final MembershipRegister register;
  private final MembershipMoney money;
  private final NumberSequence numbers;

  OpenMembershipListener(Societies societies, MembershipRegister register, MembershipMoney money,
      NumberSequence numbers) {
    this.societies = societies;
    this.register = register;
    this.money = money;
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String registrationNumber = text(execution, NationalMembership.REGISTRATION_NUMBER);
    Societies.Society society = registrationNumber == null ? null : societies.find(registrationNumber).orElse(null);
    // engine REST answers 400 with these messages ("field: reason"), which Tasklist shows on the start form
    if (society == null) {
      throw invalid(NationalMembership.REGISTRATION_NUMBER, "no society with this registration number is on record");
    }
    if (!society.stateCode().equals(execution.getVariable(CaseAccess.STATE))
        || !society.districtCode().equals(execution.getVariable(CaseAccess.DISTRICT))) {
      throw invalid(NationalMembership.REGISTRATION_NUMBER, "the society is registered in "
          + society.districtCode() + ", not in the State and district given");
    }
    String secretary = (String) execution.getVariable(CaseAccess.APPLICANT);
    if (!societies.isSecretary(secretary, society.registrationNumber())) {
      throw invalid(NationalMembership.REGISTRATION_NUMBER, "only the society's secretary may apply for its membership");
    }
    NationalSociety national = NationalSociety.of(execution.getVariable(CaseAccess.NATIONAL_SOCIETY))
        .orElseThrow(() -> invalid(CaseAccess.NATIONAL_SOCIETY, "must be NCEL, NCOL or BBSSL"));
    checkResolution(execution);
    MembershipMoney.Reckoning reckoning = money.reckon(national, society.type(),
        number(execution, NationalMembership.SHARES_SUBSCRIBED), number(execution, NationalMembership.AMOUNT_PAID));
    reckoning.problems().stream().findFirst().ifPresent(p -> {
      throw invalid(p.field(), p.reason());
    });
    if (text(execution, NationalMembership.PAYMENT_REFERENCE) == null) {
      throw invalid(NationalMembership.PAYMENT_REFERENCE, "the payment's reference (UTR or receipt number) is required");
    }

    standingConflict(society.registrationNumber(), national).ifPresent(message -> {
      throw new MembershipConflictException(message);
    });
    try {
      register.open(execution.getProcessInstanceId(), society.registrationNumber(), national.name());
    } catch (DuplicateKeyException e) {
      // another start for the same society got there first; this transaction is spent (PostgreSQL)
      LOG.info("simultaneous application of {} to {} refused by the unique key", society.registrationNumber(),
          national.name());
      throw new MembershipConflictException("the society already has an open application to "
          + national.name() + " or is its member");
    }
    int year = Year.from(ClockUtil.getCurrentTime().toInstant().atZone(India.ZONE)).getValue();
    String scope = society.districtCode() + "-" + national.name() + "-" + year;
    String applicationNumber = String.format("%s-%06d", scope, numbers.next(scope));
    register.numbered(execution.getProcessInstanceId(), applicationNumber);
    execution.setProcessBusinessKey(applicationNumber);
    execution.setVariable(NationalMembership.APPLICATION_NUMBER, applicationNumber);
    execution.setVariable(NationalMembership.REGISTRATION_NUMBER, society.registrationNumber());
    execution.setVariable(CaseAccess.NATIONAL_SOCIETY, national.name());
    execution.setVariable(NationalMembership.NATIONAL_SOCIETY_NAME, national.fullName());
    execution.setVariable(NationalMembership.SOCIETY_NAME, society.name());
    execution.setVariable(NationalMembership.SOCIETY_TYPE, society.type());
    execution.setVariable(NationalMembership.AMOUNT_DUE, reckoning.amountDue());
    // the notices' recipient variable is named after registration's chief promoter; here it is the secretary
    execution.setVariable(NationalMembership.SECRETARY_EMAIL, emailOf(secretary));
  }

  private Optional<String> standingConflict(String registrationNumber, NationalSociety national) {
    return register.standing(registrationNumber, national.name()).map(m -> MembershipRegister.ADMITTED.equals(m.status())
        ? "the society is already a member of " + national.name() + " (membership number " + m.membershipNumber() + ")"
        : "the society already has an open application to " + national.name() + " (" + m.applicationNumber() + ")");
  }

  private static void checkResolution(DelegateExecution execution) {
    if (text(execution, NationalMembership.BOARD_RESOLUTION_NUMBER) == null) {
      throw invalid(NationalMembership.BOARD_RESOLUTION_NUMBER, "the board resolution to join is required");
    }
    String date = text(execution, NationalMembership.BOARD_RESOLUTION_DATE);
    try {
      if (date == null || LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
          .isAfter(MembershipDates.today())) {
        throw invalid(NationalMembership.BOARD_RESOLUTION_DATE, "the date of the board resolution, not in the future, is required");
      }
    } catch (DateTimeParseException e) {
      throw invalid(NationalMembership.BOARD_RESOLUTION_DATE, "must be a date (yyyy-mm-dd)");
    }
    if (text(execution, NationalMembership.AUTHORISED_SIGNATORY) == null) {
      throw invalid(NationalMembership.AUTHORISED_SIGNATORY, "the board's authorised signatory is required");
    }
  }

  private static BadUserRequestException invalid(String field, String reason) {
    return new BadUserRequestException(field + ": " + reason);
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Number number(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null || value instanceof Number) {
      return (Number) value;
    }
    try {
      return Double.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a number");
    }
  }

  private static String emailOf(String userId) {
    User user = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
        .getIdentityService().createUserQuery().userId(userId).singleResult());
    return user == null ? null : user.getEmail();
  }
}
