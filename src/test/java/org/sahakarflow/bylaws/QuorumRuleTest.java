package org.sahakarflow.bylaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The general meeting's quorum from a State's rule: a share rounded up, a number, or the lesser. */
class QuorumRuleTest {

  @ParameterizedTest(name = "{0} or {1} of {2} members: {3}")
  @CsvSource(nullValues = "-", value = {
      "1/5, 50, 100, 20", "1/5, 50, 101, 21", "1/5, 50, 250, 50", "1/5, 50, 249, 50", "1/5, 50, 246, 50",
      "1/5, 50, 245, 49", "1/10, -, 100, 10", "1/10, -, 101, 11", "1/10, -, 1, 1", "-, 50, 30, 30",
      "-, 50, 500, 50", "2/3, -, 2147483647, 1431655765"})
  void requiredMembers(String share, Integer members, int roll, int expected) {
    assertThat(BylawRules.QuorumRule.of(share, members, "XX").required(roll)).isEqualTo(expected);
  }

  @Test
  void theRuleInWords() {
    assertThat(BylawRules.QuorumRule.of("1/5", 50, "XX").describe()).isEqualTo("1/5 of the members or 50, whichever is less");
    assertThat(BylawRules.QuorumRule.of("1/10", null, "XX").describe()).isEqualTo("1/10 of the members");
    assertThat(BylawRules.QuorumRule.of(null, 25, "XX").describe()).isEqualTo("25 members");
  }

  @Test
  void aRuleThatSetsNoQuorumOrAShareOverTheWholeIsAnErrorInTheData() {
    assertThatThrownBy(() -> BylawRules.QuorumRule.of(null, null, "XX")).hasMessageContaining("XX sets no quorum");
    assertThatThrownBy(() -> BylawRules.QuorumRule.of("5/4", null, "XX")).hasMessageContaining("quorumShare '5/4'");
    assertThatThrownBy(() -> BylawRules.QuorumRule.of("a fifth", null, "XX")).hasMessageContaining("quorumShare 'a fifth'");
    assertThatThrownBy(() -> BylawRules.QuorumRule.of("1/5", 0, "XX")).hasMessageContaining("quorumMembers");
  }
}
