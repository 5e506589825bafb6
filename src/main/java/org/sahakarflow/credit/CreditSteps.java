package org.sahakarflow.credit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sahakarflow.identity.CaseAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checks and records of each step of {@code dccb-credit-linkage}. A check that fails throws
 * "field: reason", which Tasklist shows on the form, and the task stays open with nothing written.
 */
@Configuration
class CreditSteps {

  @Bean
  TaskListener checkBorrowingResolution(CreditRules rules, CreditProperties properties, CreditRegister register) {
    return task -> {
      long owned = rupees(task, CreditLinkage.OWNED_FUNDS);
      long limit = rupees(task, CreditLinkage.BORROWING_LIMIT);
      int multiple = rules.borrowingMultiple((String) task.getVariable(CaseAccess.STATE));
      String problem = CreditRules.borrowingLimitProblem(owned, limit, multiple);
      if (problem != null) {
        throw new BadUserRequestException(CreditLinkage.BORROWING_LIMIT + ": " + problem);
      }
      long due = properties.shareAmountFor((String) task.getVariable(CaseAccess.DISTRICT));
      long paid = rupees(task, CreditLinkage.SHARE_MONEY_PAID);
      if (paid < due) {
        throw new BadUserRequestException(CreditLinkage.SHARE_MONEY_PAID + ": the DCCB's shares cost " + due
            + " rupees; " + paid + " paid");
      }
      task.getExecution().setVariable(CreditLinkage.BORROWING_MULTIPLE, multiple);
      task.getExecution().setVariable(CreditLinkage.SHARE_MONEY_DUE, due);
      register.resolved(task.getProcessInstanceId(), limit, paid);
    };
  }

  @Bean
  TaskListener checkAdmission() {
    return task -> {
      Object admission = task.getVariable(CreditLinkage.ADMISSION);
      if (!CreditLinkage.ADMIT.equals(admission) && !CreditLinkage.REFUSE.equals(admission)) {
        throw new BadUserRequestException(CreditLinkage.ADMISSION + ": choose admit or refuse");
      }
      if (CreditLinkage.REFUSE.equals(admission) && blank(task.getVariable(CreditLinkage.REASONS))) {
        throw new BadUserRequestException(CreditLinkage.REASONS + ": a refusal needs written reasons");
      }
    };
  }

  @Bean
  JavaDelegate recordAffiliation(CreditRegister register) {
    return execution -> register.affiliated(execution.getProcessInstanceId());
  }

  @Bean
  TaskListener readKccDemand(CreditRegister register, ObjectMapper json) {
    return task -> {
      KccDemand.Demand demand;
      try {
        demand = KccDemand.parse((String) task.getVariable(CreditLinkage.KCC_LINES));
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException(CreditLinkage.KCC_LINES + ": " + e.getMessage());
      }
      try {
        task.getExecution().setVariable(CreditLinkage.KCC_DEMAND,
            SpinValues.jsonValue(json.writeValueAsString(demand.members())).create());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the KCC demand", e);
      }
      task.getExecution().setVariable(CreditLinkage.KCC_DEMAND_TOTAL, demand.total());
      register.demanded(task.getProcessInstanceId(), demand.total());
    };
  }

  @Bean
  TaskListener checkSanction() {
    return task -> {
      Object sanctioned = task.getVariable(CreditLinkage.SANCTIONED_LIMIT);
      String problem = CreditRules.sanctionProblem((String) task.getVariable(CreditLinkage.SANCTION),
          sanctioned instanceof Number n ? n.longValue() : null,
          ((Number) task.getVariable(CreditLinkage.KCC_DEMAND_TOTAL)).longValue(),
          rupees(task, CreditLinkage.BORROWING_LIMIT), (String) task.getVariable(CreditLinkage.REASONS));
      if (problem != null) {
        throw new BadUserRequestException(problem);
      }
    };
  }

  @Bean
  JavaDelegate recordSanction(CreditRegister register) {
    return execution -> {
      LocalDate validUntil = CreditRegister.endOfFinancialYear(CreditRegister.today());
      long limit = ((Number) execution.getVariable(CreditLinkage.SANCTIONED_LIMIT)).longValue();
      execution.setVariable(CreditLinkage.SANCTIONED_LIMIT, limit);
      execution.setVariable(CreditLinkage.VALID_UNTIL, Variables.dateValue(CreditRegister.asDate(validUntil)));
      String reasons = (String) execution.getVariable(CreditLinkage.REASONS);
      execution.setVariable("sanctionRemarks", reasons == null || reasons.isBlank()
          ? "none; the limit is as the members asked" : reasons.trim());
      register.sanctioned(execution.getProcessInstanceId(), limit, validUntil,
          (String) execution.getVariable(CreditLinkage.REASONS));
    };
  }

  @Bean
  JavaDelegate recordCreditRefusal(CreditRegister register) {
    return execution -> register.refused(execution.getProcessInstanceId(),
        (String) execution.getVariable(CreditLinkage.REASONS));
  }

  @Bean
  TaskListener checkAppraisal() {
    return task -> {
      Object outcome = task.getVariable(CreditLinkage.APPRAISAL_OUTCOME);
      if (!"QUERY".equals(outcome) && !"RECOMMEND".equals(outcome)) {
        throw new BadUserRequestException(CreditLinkage.APPRAISAL_OUTCOME + ": choose query or recommend");
      }
      if ("QUERY".equals(outcome) && blank(task.getVariable(CreditLinkage.QUERY_TEXT))) {
        throw new BadUserRequestException(CreditLinkage.QUERY_TEXT + ": write the query for the society");
      }
    };
  }

  @Bean
  TaskListener checkLoanDocuments(CreditRegister register) {
    return task -> {
      if (!Boolean.TRUE.equals(task.getVariable(CreditLinkage.DOCUMENTS_EXECUTED))) {
        throw new BadUserRequestException(CreditLinkage.DOCUMENTS_EXECUTED + ": confirm that the loan documents are executed");
      }
      register.documented(task.getProcessInstanceId());
    };
  }

  @Bean
  TaskListener checkRefinance(CreditRules rules) {
    return task -> {
      Object rate = task.getVariable(CreditLinkage.INTEREST_RATE);
      if (!(rate instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 30) {
        throw new BadUserRequestException(CreditLinkage.INTEREST_RATE + ": the interest rate to farmers, 0 to 30 %, is required");
      }
      long largest = rupees(task, CreditLinkage.LARGEST_LOAN);
      if (largest <= 0) {
        throw new BadUserRequestException(CreditLinkage.LARGEST_LOAN + ": the largest loan to one farmer must be above 0 rupees");
      }
      CreditRules.Refinance refinance = rules.refinance(number.doubleValue(), largest);
      task.getExecution().setVariable(CreditLinkage.REFINANCE_ELIGIBLE, refinance.eligible());
      task.getExecution().setVariable(CreditLinkage.REFINANCE_REASON, refinance.reason());
    };
  }

  @Bean
  JavaDelegate recordRefinance(CreditRegister register) {
    return execution -> register.refinance(execution.getProcessInstanceId(), true,
        (String) execution.getVariable(CreditLinkage.REFINANCE_REASON));
  }

  @Bean
  JavaDelegate recordNoRefinance(CreditRegister register) {
    return execution -> register.refinance(execution.getProcessInstanceId(), false,
        (String) execution.getVariable(CreditLinkage.REFINANCE_REASON));
  }

  @Bean
  ExecutionListener closeCreditLinkage(CreditRegister register) {
    return execution -> register.close(execution.getProcessInstanceId(),
        CreditLinkage.END_LAPSED.equals(execution.getCurrentActivityId()));
  }

  private static long rupees(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw new BadUserRequestException(name + ": whole rupees are required");
    }
    return number.longValue();
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
