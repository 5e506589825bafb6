package org.sahakarflow.registration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.sahakarflow.system.FieldRefusal;
import org.sahakarflow.system.InvalidInputException;
import org.sahakarflow.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Receives an application, whichever front end submitted it: held once to
 * {@link ApplicationValidator}'s rules and its name to those the State has given or holds, then
 * entered in the register under its acknowledgement number, which it returns, with its name
 * reserved. A refusal names each field, as the start form and the API show it.
 */
@Component
class ApplicationReceipt {

  private final ApplicationRegister register;
  private final ApplicationValidator validator;
  private final NameReservations names;
  private final ApplicationLocality locality;

  ApplicationReceipt(ApplicationRegister register, ApplicationValidator validator, NameReservations names,
      ApplicationLocality locality) {
    this.register = register;
    this.validator = validator;
    this.names = names;
    this.locality = locality;
  }

  String receive(SocietyType type, Map<String, Object> form, String processInstanceId, String processKey) {
    RegistrationRequest request = validator.fromVariables(type, form);
    List<FieldProblem> problems = new ArrayList<>();
    try {
      validator.validate(request);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    // a name taken is said with the other problems, so that one correction answers them all
    if (problems.stream().noneMatch(p -> p.field().equals(CaseVariables.SOCIETY_NAME)
        || p.field().equals(CaseVariables.STATE_CODE))) {
      names.clash(request.stateCode(), request.societyName(), null)
          .ifPresent(reason -> problems.add(new FieldProblem(CaseVariables.SOCIETY_NAME, reason)));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(FieldProblem::field));
      throw new FieldRefusal(problems);
    }
    String number = register.receive(new ApplicationRegister.Entry(type, request.societyName(),
        request.stateCode(), request.districtCode(), (String) form.get(CaseVariables.APPLICANT_ID),
        processInstanceId, processKey, locality.of(request.districtCode(), request.block(), request.gramPanchayat())));
    try {
      names.hold(number, request.stateCode(), request.societyName());
    } catch (InvalidInputException e) {
      // filed at the same moment as another application of the same name, which took it first
      throw new FieldRefusal(e.problems());
    }
    return number;
  }
}
