package org.sahakarflow.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;

/** bpmn/credit-rules.dmn as the engine deployed it, at its boundaries. */
@SahakarTest
class CreditRulesDmnTest {

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "{0} % on loans up to {1}: {2}")
  @CsvSource({
      "7.0,  300000, true,  at most 7 %",
      "7.01, 300000, false, farmers are charged above 7 %",
      "4.0,  300001, false, loans above 3 lakh rupees",
      "0,    1,      true,  at most 7 %"})
  void nabardRefinancesOnlyAtMostSevenPercentOnLoansUpToThreeLakh(double rate, long loan, boolean eligible, String reason) {
    Map<String, Object> row = decisions.evaluateDecisionTableByKey("refinance-eligibility")
        .variables(Map.of("interestRateToFarmers", rate, "largestLoanPerFarmer", loan)).evaluate()
        .getSingleResult().getEntryMap();
    assertThat(row.get("eligible")).isEqualTo(eligible);
    assertThat((String) row.get("reason")).contains(reason);
  }

  @ParameterizedTest(name = "{0}: {1}x")
  @CsvSource({"MH, 10", "DL, 10", "RJ, 10"})
  void borrowingMultiplePerState(String state, int multiple) {
    assertThat((Object) decisions.evaluateDecisionTableByKey("borrowing-multiple").variables(Map.of("stateCode", state))
        .evaluate().getSingleResult().getSingleEntry()).isEqualTo(multiple);
  }
}
