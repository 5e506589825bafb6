package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahakarflow.society.SocietyType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The fee and deposit rules as the reference files set them, and the files' own checks. */
class RegistrationFeesTest {

  final RegistrationFees fees = new RegistrationFees(new ClassPathResource("reference/registration-fees.csv"));
  final DepositProofs deposits = new DepositProofs(new ClassPathResource("reference/deposit-proof.csv"));

  @Test
  void uttarPradeshAsksFiftyRupeesWhateverTheCapital() {
    RegistrationFees.Rule rule = fees.ruleFor("UP", SocietyType.DAIRY);
    assertThat(rule.due(null)).isEqualByComparingTo("50");
    assertThat(rule.due(new BigDecimal("99999999"))).isEqualByComparingTo("50");
    assertThat(rule.source()).contains("U.P. Co-operative Societies Act 1965");
  }

  @Test
  void assamAsksOnePerCentOfTheAuthorisedCapitalRoundedUpToTheRupee() {
    RegistrationFees.Rule rule = fees.ruleFor("AS", SocietyType.MPACS);
    assertThat(rule.needsAuthorisedCapital()).isTrue();
    assertThat(rule.due(null)).isNull();
    assertThat(rule.due(new BigDecimal("5000000"))).isEqualByComparingTo("50000");
    // Rs 50,000.01 is never short-paid by rounding: the next whole rupee is due
    assertThat(rule.due(new BigDecimal("5000001"))).isEqualByComparingTo("50001");
    assertThat(rule.due(new BigDecimal("5000100"))).isEqualByComparingTo("50001");
    assertThat(rule.due(new BigDecimal("5000101"))).isEqualByComparingTo("50002");
    assertThat(rule.due(new BigDecimal("99"))).isEqualByComparingTo("1");
    assertThat(rule.due(BigDecimal.ZERO)).isEqualByComparingTo("0");
    assertThat(rule.describe()).isEqualTo("1% of the authorised share capital, rounded up to the rupee");
  }

  @Test
  void aStateWithoutAFeeOnRecordAsksNoneAndSaysItWasNotChecked() {
    RegistrationFees.Rule rule = fees.ruleFor("RJ", SocietyType.MPACS);
    assertThat(rule.due(new BigDecimal("500000"))).isEqualByComparingTo("0");
    assertThat(rule.needsAuthorisedCapital()).isFalse();
    assertThat(rule.source()).startsWith("not checked");
  }

  @Test
  void depositProofIsAskedOfEveryMpacsAndOfOtherTypesOnlyWhereTheStateAsks() {
    assertThat(deposits.ruleFor("RJ", SocietyType.MPACS).required()).isTrue();
    assertThat(deposits.ruleFor("AS", SocietyType.MPACS).required()).isTrue();
    assertThat(deposits.ruleFor("RJ", SocietyType.DAIRY).required()).isFalse();
    assertThat(deposits.ruleFor("RJ", SocietyType.FISHERIES).required()).isFalse();
    // Goa's own row, for any type, beats the default for dairy societies
    assertThat(deposits.ruleFor("GA", SocietyType.DAIRY).required()).isTrue();
    assertThat(deposits.ruleFor("RJ", SocietyType.DAIRY).source()).contains("not checked");
  }

  @Test
  void aRuleWithoutItsSourceARepeatedRowOrNoDefaultStopsTheApplication(@TempDir Path dir) throws IOException {
    String header = "stateCode,societyType,basis,amount,source\n";
    assertThatThrownBy(() -> fees(dir, header + "UP,*,flat,50,\n*,*,none,0,not checked\n"))
        .hasMessageContaining("line 2").hasMessageContaining("where the rule comes from");
    assertThatThrownBy(() -> fees(dir, header + "UP,*,flat,50,a\nUP,*,flat,60,b\n*,*,none,0,c\n"))
        .hasMessageContaining("line 3").hasMessageContaining("repeats UP,*");
    assertThatThrownBy(() -> fees(dir, header + "UP,*,flat,50,a\n"))
        .hasMessageContaining("needs a '*,*' row, or a '*,MPACS' row");
    assertThatThrownBy(() -> fees(dir, header + "UP,*,flat,fifty,a\n*,*,none,0,c\n"))
        .hasMessageContaining("line 2").hasMessageContaining("flat, percent or none");
    assertThatThrownBy(() -> fees(dir, header + "UP,PACS,flat,50,a\n*,*,none,0,c\n"))
        .hasMessageContaining("line 2").hasMessageContaining("MPACS, DAIRY, FISHERIES");
    assertThat(fees(dir, header + "UP,*,flat,50,a\n*,*,none,0,c\n").ruleFor("UP", SocietyType.MPACS).due(null))
        .isEqualByComparingTo("50");
  }

  private static RegistrationFees fees(Path dir, String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("fees.csv"), csv, StandardCharsets.UTF_8);
    return new RegistrationFees(new FileSystemResource(file));
  }
}
