package org.sahakarflow.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The KCC demand arithmetic and the limits it must respect, at their boundaries. */
class KccDemandTest {

  @Test
  void aMembersLimitIsTheCropLoanPlusTenAndTwentyPercent() {
    KccDemand.Member member = KccDemand.member("Ramesh Meena; wheat; 1.5; 42000", 1);
    assertThat(member.cropLoan()).isEqualTo(63_000);
    assertThat(member.postHarvest()).isEqualTo(6_300);
    assertThat(member.assetMaintenance()).isEqualTo(12_600);
    assertThat(member.limit()).isEqualTo(81_900);
  }

  @Test
  void fractionsOfARupeeRoundHalfUpPerComponent() {
    // 0.33 ha x 1,001 = 330.33 -> 330; 10 % = 33.033 -> 33; 20 % = 66.066 -> 66
    KccDemand.Member member = KccDemand.member("Sita; bajra; 0.33; 1001", 1);
    assertThat(member.limit()).isEqualTo(330 + 33 + 66);
    // 0.05 ha x 25 = 1.25 -> 1; 10 % = 0.125 -> 0; 20 % = 0.25 -> 0
    assertThat(KccDemand.member("Gopal; gram; 0.05; 25", 1).limit()).isEqualTo(1);
    // 0.01 ha x 250 = 2.5 -> 3; 0.25 -> 0; 0.5 -> 1
    assertThat(KccDemand.member("Gopal; gram; 0.01; 250", 1).limit()).isEqualTo(4);
  }

  @Test
  void theSocietysDemandIsTheSumOfItsMembersAndBlankLinesAreSkipped() {
    KccDemand.Demand demand = KccDemand.parse("Ramesh Meena; wheat; 1.5; 42000\n\n  Sita; mustard; 2; 30000  \n");
    assertThat(demand.members()).extracting(KccDemand.Member::name).containsExactly("Ramesh Meena", "Sita");
    assertThat(demand.total()).isEqualTo(81_900 + 78_000);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ramesh; wheat; 1.5        | line 1: expected",
      "; wheat; 1.5; 42000       | line 1: the member's name and crop are required",
      "Ramesh; wheat; 0; 42000   | line 1: hectares must be above 0",
      "Ramesh; wheat; 100.01; 1  | line 1: hectares must be above 0 and at most 100",
      "Ramesh; wheat; 1.125; 100 | to two decimals",
      "Ramesh; wheat; 1; 0       | line 1: the scale of finance must be between 1",
      "Ramesh; wheat; 1; 1000001 | line 1: the scale of finance must be between 1",
      "Ramesh; wheat; one; 100   | line 1: hectares must be a number"})
  void aBadLineIsNamedWithWhatIsWrong(String line, String message) {
    assertThatThrownBy(() -> KccDemand.parse(line)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void theBadLineIsCountedAmongAllLines() {
    assertThatThrownBy(() -> KccDemand.parse("A; wheat; 1; 100\n\nB; wheat; x; 100"))
        .hasMessageStartingWith("line 3:");
    assertThatThrownBy(() -> KccDemand.parse(" \n ")).hasMessageContaining("at least one member");
  }

  @ParameterizedTest(name = "owned {0}, limit {1}, multiple {2}: {3}")
  @CsvSource({
      "100000, 1000000, 10, ok",
      "100000, 1000001, 10, exceeds 10 times the owned funds (1000000 rupees)",
      "0,      1,       10, owned funds must be above 0",
      "100000, 0,       10, the borrowing limit must be above 0"})
  void theBorrowingLimitIsAtMostTheStatesMultipleOfOwnedFunds(long owned, long limit, int multiple, String expected) {
    String problem = CreditRules.borrowingLimitProblem(owned, limit, multiple);
    if ("ok".equals(expected)) {
      assertThat(problem).isNull();
    } else {
      assertThat(problem).contains(expected);
    }
  }

  @ParameterizedTest(name = "{0} {1} of demand 100000, limit 80000, reasons ''{2}'': {3}")
  @CsvSource({
      "SANCTION, 80000,  '',           ok",
      "SANCTION, 80001,  'x',          more than the society's borrowing limit of 80000",
      "SANCTION, 79999,  '',           a limit below the demand (80000 rupees) needs written reasons",
      "SANCTION, 79999,  'thin book',  ok",
      "SANCTION, 0,      'x',          must be above 0",
      "REFUSE,   ,       '',           a refusal needs written reasons",
      "REFUSE,   ,       'no audit',   ok"})
  void aSanctionIsWithinTheDemandAndTheLimitAndExplainsAnyCut(String sanction, Long sanctioned, String reasons, String expected) {
    String problem = CreditRules.sanctionProblem(sanction, sanctioned, 100_000, 80_000, reasons);
    if ("ok".equals(expected)) {
      assertThat(problem).isNull();
    } else {
      assertThat(problem).contains(expected);
    }
    assertThat(CreditRules.sanctionProblem("SANCTION", 100_001L, 100_000, 200_000, "x"))
        .contains("more than the members' demand of 100000");
  }

  @ParameterizedTest(name = "sanctioned {0}: valid until {1}")
  @CsvSource({"2026-04-01, 2027-03-31", "2026-03-31, 2026-03-31", "2026-11-24, 2027-03-31", "2027-01-15, 2027-03-31"})
  void aLimitRunsToTheEndOfTheFinancialYear(LocalDate sanctioned, LocalDate validUntil) {
    assertThat(CreditRegister.endOfFinancialYear(sanctioned)).isEqualTo(validUntil);
  }
}
