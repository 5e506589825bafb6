package org.sahakarflow.registration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.sahakarflow.identity.Places;
import org.sahakarflow.society.SocietyName;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * One set of rules for an application, whether it arrives through {@code POST /api/registrations}
 * or through Tasklist's start form (whose own checks a crafted request can skip).
 */
@Component
class ApplicationValidator {

  private final Validator validator;
  private final Places places;
  private final NameSuffixRules suffixes;
  private final ObjectMapper json;
  private final FeeAndDeposit feeAndDeposit;
  private final ApplicationLocality locality;

  ApplicationValidator(Validator validator, Places places, NameSuffixRules suffixes, ObjectMapper json,
      FeeAndDeposit feeAndDeposit, ApplicationLocality locality) {
    this.locality = locality;
    this.validator = validator;
    this.places = places;
    this.suffixes = suffixes;
    this.json = json;
    this.feeAndDeposit = feeAndDeposit;
  }

  void validate(RegistrationRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<RegistrationRequest> violation : validator.validate(request)) {
      problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
    }
    if (problems.isEmpty()) {
      checkAgainstRecords(request, problems);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw new InvalidInputException(problems);
    }
  }

  /**
   * The problems of a society's name alone, as the application's rules judge it (a name revised
   * after the start); {@code stateCode} is the case's, already checked.
   */
  List<FieldProblem> nameProblems(String stateCode, String name) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<RegistrationRequest> violation
        : validator.validateValue(RegistrationRequest.class, CaseVariables.SOCIETY_NAME, name)) {
      problems.add(new FieldProblem(CaseVariables.SOCIETY_NAME, violation.getMessage()));
    }
    if (problems.isEmpty()) {
      checkName(stateCode, name, problems);
    }
    return problems;
  }

  /**
   * The problems of a revised promoter list, row by row as the application's rules judge it
   * ({@code promoters[2].householdId}); whether there are enough is the eligibility check's to say.
   */
  List<FieldProblem> promoterProblems(Object value) {
    List<RegistrationRequest.Promoter> promoters;
    try {
      promoters = promoters(value);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (promoters == null || promoters.isEmpty()) {
      problems.add(new FieldProblem("promoters", "must not be empty"));
      return problems;
    }
    for (int i = 0; i < promoters.size(); i++) {
      if (promoters.get(i) == null) {
        problems.add(new FieldProblem("promoters[" + i + "]", "must not be empty"));
        continue;
      }
      for (ConstraintViolation<RegistrationRequest.Promoter> violation : validator.validate(promoters.get(i))) {
        problems.add(new FieldProblem("promoters[" + i + "]." + violation.getPropertyPath(), violation.getMessage()));
      }
    }
    problems.sort(Comparator.comparing(FieldProblem::field));
    return problems;
  }

  /** The request a start form's variables amount to, for the same checks as the API's. */
  RegistrationRequest fromVariables(SocietyType type, Map<String, Object> variables) {
    return new RegistrationRequest(type, text(variables, CaseVariables.SOCIETY_NAME), text(variables, CaseVariables.STATE_CODE),
        text(variables, CaseVariables.DISTRICT_CODE), text(variables, "block"), text(variables, "gramPanchayat"),
        text(variables, "areaOfOperation"), text(variables, "objects"), promoters(variables.get("promoters")),
        amount(variables.get("shareCapitalSubscribed")), amount(variables.get("shareCapitalPaid")),
        text(variables, "dccbAccountNumber"), text(variables, "creditBalanceCertificateNumber"),
        amount(variables.get(RegistrationVariables.AUTHORISED_SHARE_CAPITAL)),
        amount(variables.get(RegistrationVariables.REGISTRATION_FEE_PAID)),
        text(variables, RegistrationVariables.FEE_PAYMENT_REFERENCE),
        Boolean.TRUE.equals(variables.get("modelByeLawsAdopted")), text(variables, CaseVariables.APPLICANT_EMAIL),
        text(variables, "chiefPromoterMobile"), Boolean.TRUE.equals(variables.get(CaseVariables.MULTI_STATE)),
        codes(variables.get(RegistrationVariables.AREA_STATES)), text(variables, RegistrationVariables.OFFICE_STATE_CODE),
        text(variables, RegistrationVariables.OFFICE_DISTRICT_CODE));
  }

  private void checkAgainstRecords(RegistrationRequest request, List<FieldProblem> problems) {
    if (places.state(request.stateCode()).isEmpty()) {
      problems.add(new FieldProblem("stateCode", "is not a State or UT on record"));
    } else {
      if (!places.isDistrictOf(request.districtCode(), request.stateCode())) {
        problems.add(new FieldProblem("districtCode", "is not a district of " + request.stateCode()));
      } else {
        locality.check(request.districtCode(), request.block(), request.gramPanchayat(), problems);
      }
      // the fee and the deposit proof are the State's rules: unknown for a State not on record
      problems.addAll(feeAndDeposit.assess(request).problems());
    }
    MultiStateApplication.problems(request, places).forEach(problems::add);
    checkName(request.stateCode(), request.societyName(), problems);
    if (request.shareCapitalPaid().compareTo(request.shareCapitalSubscribed()) > 0) {
      problems.add(new FieldProblem("shareCapitalPaid", "must not exceed the capital subscribed"));
    }
  }

  /** A name is compared by its letters and digits; one with none ("...") could not be told apart. */
  private void checkName(String stateCode, String name, List<FieldProblem> problems) {
    if (SocietyName.key(name).isEmpty()) {
      problems.add(new FieldProblem(CaseVariables.SOCIETY_NAME, "must have a letter or a digit"));
    } else {
      suffixes.problem(stateCode, name).ifPresent(p -> problems.add(new FieldProblem(CaseVariables.SOCIETY_NAME, p)));
    }
  }

  private List<RegistrationRequest.Promoter> promoters(Object value) {
    if (value == null) {
      return null;
    }
    try {
      String text = value instanceof SpinJsonNode spin ? spin.toString()
          : value instanceof String s ? s : json.writeValueAsString(value);
      return json.readValue(text, new TypeReference<List<RegistrationRequest.Promoter>>() { });
    } catch (Exception e) {
      throw new InvalidInputException("promoters", "must be a list of promoters");
    }
  }

  /** State codes as a form's tag list sends them (JSON text or Spin JSON) or as the API's list. */
  private List<String> codes(Object value) {
    if (value == null) {
      return null;
    }
    try {
      String text = value instanceof SpinJsonNode spin ? spin.toString()
          : value instanceof String s ? s : json.writeValueAsString(value);
      return json.readValue(text, new TypeReference<List<String>>() { });
    } catch (Exception e) {
      throw new InvalidInputException(RegistrationVariables.AREA_STATES, "must be a list of State codes");
    }
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }

  private static BigDecimal amount(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
