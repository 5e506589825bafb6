package org.sahakarflow.membership;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.sahakarflow.numbering.CaseNumbers;
import org.sahakarflow.society.Societies;
import org.sahakarflow.system.CaseConflict;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens an application of a society already checked ({@code CaseSociety}): the board resolution
 * and signatory are there, the money is paid in full ({@link MembershipMoney}), and the society has
 * no open application to, nor membership of, that national society. The last is settled by the
 * table's unique key in this very transaction, so of two simultaneous starts one fails. Numbers the
 * case ({@code RJ-UDR-NCEL-2026-000012}) after that, so a refused start uses no number.
 */
@Component
class MembershipOpening {

  private static final Logger LOG = LoggerFactory.getLogger(MembershipOpening.class);

  private final MembershipRegister register;
  private final MembershipMoney money;
  private final CaseNumbers numbers;

  MembershipOpening(MembershipRegister register, MembershipMoney money, CaseNumbers numbers) {
    this.register = register;
    this.money = money;
    this.numbers = numbers;
  }

  /** Refusals read "field: reason", which engine REST answers with 400 and Tasklist shows on the start form. */
  Opened open(Societies.Society society, String processInstanceId, Map<String, Object> form) {
    NationalSociety national = NationalSociety.of(form.get(CaseVariables.NATIONAL_SOCIETY))
        .orElseThrow(() -> invalid(CaseVariables.NATIONAL_SOCIETY, "must be NCEL, NCOL or BBSSL"));
    checkResolution(form);
    MembershipMoney.Reckoning reckoning = money.reckon(national, society.type(),
        number(form, NationalMembership.SHARES_SUBSCRIBED), number(form, NationalMembership.AMOUNT_PAID));
    reckoning.problems().stream().findFirst().ifPresent(p -> {
      throw invalid(p.field(), p.reason());
    });
    if (text(form, NationalMembership.PAYMENT_REFERENCE) == null) {
      throw invalid(NationalMembership.PAYMENT_REFERENCE, "the payment's reference (UTR or receipt number) is required");
    }
    register.standing(society.registrationNumber(), national.name()).ifPresent(standing -> {
      throw conflict(MembershipRegister.ADMITTED.equals(standing.status())
          ? "the society is already a member of " + national.name() + " (membership number " + standing.membershipNumber() + ")"
          : "the society already has an open application to " + national.name() + " (" + standing.applicationNumber() + ")");
    });
    try {
      register.open(processInstanceId, society.registrationNumber(), national.name());
    } catch (DuplicateKeyException e) {
      // another start for the same society got there first; this transaction is spent (PostgreSQL)
      LOG.info("simultaneous application of {} to {} refused by the unique key", society.registrationNumber(), national.name());
      throw conflict("the society already has an open application to " + national.name() + " or is its member");
    }
    String applicationNumber = numbers.next(society.districtCode(), national.name());
    register.numbered(processInstanceId, applicationNumber);
    return new Opened(applicationNumber, national, reckoning.amountDue());
  }

  record Opened(String applicationNumber, NationalSociety national, long amountDue) {
  }

  private static void checkResolution(Map<String, Object> form) {
    if (text(form, NationalMembership.BOARD_RESOLUTION_NUMBER) == null) {
      throw invalid(NationalMembership.BOARD_RESOLUTION_NUMBER, "the board resolution to join is required");
    }
    String date = text(form, NationalMembership.BOARD_RESOLUTION_DATE);
    try {
      if (date == null || LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
          .isAfter(EngineClock.today())) {
        throw invalid(NationalMembership.BOARD_RESOLUTION_DATE, "the date of the board resolution, not in the future, is required");
      }
    } catch (DateTimeParseException e) {
      throw invalid(NationalMembership.BOARD_RESOLUTION_DATE, "must be a date (yyyy-mm-dd)");
    }
    if (text(form, NationalMembership.AUTHORISED_SIGNATORY) == null) {
      throw invalid(NationalMembership.AUTHORISED_SIGNATORY, "the board's authorised signatory is required");
    }
  }

  private static CaseConflict conflict(String reason) {
    return new CaseConflict(CaseVariables.REGISTRATION_NUMBER, reason);
  }

  private static BadUserRequestException invalid(String field, String reason) {
    return new BadUserRequestException(field + ": " + reason);
  }

  private static String text(Map<String, Object> form, String name) {
    Object value = form.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Number number(Map<String, Object> form, String name) {
    Object value = form.get(name);
    if (value == null || value instanceof Number) {
      return (Number) value;
    }
    try {
      return Double.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw invalid(name, "must be a number");
    }
  }
}
