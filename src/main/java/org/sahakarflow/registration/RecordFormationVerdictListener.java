package org.sahakarflow.registration;

import java.math.BigDecimal;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sahakarflow.society.SocietyType;
import org.sahakarflow.system.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * The formation agency's report is evidence the registrar decides from: when NABARD's viability
 * note, the milk union's survey or the fisheries officer's water-body check is completed, its
 * verdict ({@link #FAVOURABLE} or {@link #NEGATIVE}) and findings are written in one shape for the
 * scrutiny and decision forms and the case record. A report without its verdict is refused, so a
 * negative one cannot go missing by a box left out of a request.
 */
@Component("recordFormationVerdict")
class RecordFormationVerdictListener implements TaskListener {

  static final String FAVOURABLE = "FAVOURABLE";
  static final String NEGATIVE = "NEGATIVE";

  @Override
  public void notify(DelegateTask task) {
    SocietyType type = SocietyType.valueOf((String) task.getVariable(CaseVariables.SOCIETY_TYPE));
    Verdict verdict = switch (type) {
      case MPACS -> new Verdict("NABARD", verdict(task, "viable"),
          "NABARD viability note: " + (yes(task, "viable") ? "viable" : "NOT VIABLE") + ". "
              + text(task, "viabilityNote"));
      case DAIRY -> new Verdict("Milk union", verdict(task, "surveyFavourable"),
          "Milk union survey: " + (yes(task, "surveyFavourable") ? "favourable" : "NOT FAVOURABLE") + ". "
              + number(task, "milchAnimals") + " milch animals; marketable surplus "
              + number(task, "surplusMilkLitresPerDay") + " litres a day; collection route "
              + text(task, "collectionRoute") + ".");
      case FISHERIES -> new Verdict("Fisheries department", verdict(task, "waterBodySuitable"),
          "Water-body check: " + (yes(task, "waterBodySuitable") ? "suitable" : "NOT SUITABLE") + ". "
              + number(task, "waterBodyAreaAcres") + " acres; lease " + (yes(task, "leaseAssured") ? "assured" : "not assured")
              + "." + (text(task, "waterBodyNote").isEmpty() ? "" : " " + text(task, "waterBodyNote")));
    };
    task.setVariable(RegistrationVariables.FORMATION_AGENCY, verdict.agency());
    task.setVariable(RegistrationVariables.FORMATION_VERDICT, verdict.verdict());
    task.setVariable(RegistrationVariables.FORMATION_FINDINGS, verdict.findings().strip());
  }

  private record Verdict(String agency, String verdict, String findings) {
  }

  private static String verdict(DelegateTask task, String field) {
    if (!(task.getVariable(field) instanceof Boolean)) {
      throw new BadUserRequestException(field + ": the verdict is required, ticked or not");
    }
    return yes(task, field) ? FAVOURABLE : NEGATIVE;
  }

  private static boolean yes(DelegateTask task, String field) {
    return Boolean.TRUE.equals(task.getVariable(field));
  }

  private static String text(DelegateTask task, String field) {
    Object value = task.getVariable(field);
    return value == null ? "" : value.toString().strip();
  }

  private static String number(DelegateTask task, String field) {
    return task.getVariable(field) instanceof Number n
        ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : "not given";
  }
}
