package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sahakarflow.identity.Places;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The suffix rules as shipped, and the files an administrator could get wrong. */
class NameSuffixRulesTest {

  static final Places PLACES = new Places();
  static final String HEADER = "stateCode,required,suffix,source\n";

  @Test
  void delhiAndTheCentralRegistrarRequireLimitedAndEveryOtherStateFallsToTheDefault() {
    NameSuffixRules rules = new NameSuffixRules(PLACES, new ClassPathResource("reference/society-name-suffixes.csv"));
    assertThat(rules.ruleFor("DL")).isEqualTo(new NameSuffixRules.Rule(true, "Limited",
        "Delhi Co-operative Societies Act 2003, s.4(2)"));
    assertThat(rules.ruleFor("MS")).isEqualTo(new NameSuffixRules.Rule(true, "Limited",
        "Multi-State Co-operative Societies Act 2002, s.5(3)"));
    assertThat(rules.ruleFor("RJ").required()).isFalse();
    assertThat(rules.ruleFor("RJ").source()).startsWith("default");
    assertThat(rules.problem("DL", "Shahdara Sahakari Samiti")).isPresent();
    assertThat(rules.problem("DL", "Shahdara Sahakari Samiti Ltd")).isEmpty();
    assertThat(rules.problem("RJ", "Kheda Sahakari Samiti")).isEmpty();
  }

  @Test
  void aFileThatWouldRefuseOrPassNamesWronglyStopsTheApplication() {
    assertThat(refusal("*,no,Limited,default\nDL,yes,Sahakari,Act s.1\n")).contains("line 3", "form of \"Limited\"");
    assertThat(refusal("*,no,Limited,default\nXX,yes,Limited,Act s.1\n")).contains("line 3", "State or UT on record");
    assertThat(refusal("*,no,Limited,default\nDL,maybe,Limited,Act s.1\n")).contains("line 3", "'yes' or 'no'");
    assertThat(refusal("*,no,Limited,default\nDL,yes,Limited, \n")).contains("line 3", "cite the Act");
    assertThat(refusal("*,no,Limited,default\nDL,yes,Limited,Act\nDL,no,Limited,Act\n")).contains("line 4", "repeats State DL");
    assertThat(refusal("DL,yes,Limited,Act s.1\n")).contains("'*' row");
  }

  private static String refusal(String rows) {
    ByteArrayResource file = new ByteArrayResource((HEADER + rows).getBytes(StandardCharsets.UTF_8), "suffixes.csv");
    try {
      new NameSuffixRules(PLACES, file);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted:\n" + rows);
  }
}
