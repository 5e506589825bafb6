package org.sahakarflow.society;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a registrar counts as one name, and what not. */
class SocietyNameTest {

  static final String KHEDA = "Kheda Seva Sahakari Samiti";

  @Test
  void caseSpacingPunctuationAndTheLimitedSuffixDoNotMakeAnotherName() {
    String key = SocietyName.key(KHEDA);
    assertThat(key).isEqualTo("khedasevasahakarisamiti");
    assertThat(SocietyName.key("KHEDA SEVA SAHAKARI SAMITI")).isEqualTo(key);
    assertThat(SocietyName.key("  kheda   seva\tsahakari samiti ")).isEqualTo(key);
    assertThat(SocietyName.key("Kheda-Seva Sahakari Samiti.")).isEqualTo(key);
    assertThat(SocietyName.key("KhedaSeva Sahakari, Samiti")).isEqualTo(key);
    for (String suffix : new String[] {"Limited", "Ltd", "Ltd.", "LTD", "(Limited)", "Maryadit", "maryadita",
        "मर्यादित", "मर्या.", "लि."}) {
      assertThat(SocietyName.key(KHEDA + " " + suffix)).as(suffix).isEqualTo(key);
    }
    assertThat(SocietyName.key(KHEDA + " Ltd. Limited")).isEqualTo(key);
  }

  @Test
  void anyOtherWordOrDigitIsAnotherName() {
    String key = SocietyName.key(KHEDA);
    assertThat(SocietyName.key(KHEDA + " 2")).isNotEqualTo(key);
    assertThat(SocietyName.key("Kheda Seva Sahakari Samitee")).isNotEqualTo(key);
    assertThat(SocietyName.key("Kheda Limited Seva Sahakari Samiti")).isNotEqualTo(key);
    assertThat(SocietyName.key(KHEDA + " Limitedd")).isNotEqualTo(key);
    // a name that is the word alone keeps it
    assertThat(SocietyName.key("Limited")).isEqualTo("limited");
  }

  @Test
  void devanagariKeepsItsVowelSignsAndViramasAndFoldsItsSpellings() {
    String samiti = SocietyName.key("खेड़ा सेवा सहकारी समिति");
    assertThat(samiti).isEqualTo("खेड़ासेवासहकारीसमिति".replace("ड़", "ड\u093C"));
    // the vowel sign ि is a letter of the word: dropping it as punctuation would make these one name
    assertThat(SocietyName.key("खेड़ा सेवा सहकारी समित")).isNotEqualTo(samiti);
    assertThat(SocietyName.key("खेड़ा सेवा सहकारी समिती")).isNotEqualTo(samiti);
    // ड़ typed as one code point (U+095C) or as ड with a nukta; a zero-width joiner changes nothing
    assertThat(SocietyName.key("खे\u095Cा सेवा सहकारी समिति")).isEqualTo(samiti);
    assertThat(SocietyName.key("खेड\u093Cा सेवा सह\u200Dकारी समिति")).isEqualTo(samiti);
    assertThat(SocietyName.key("खेड़ा सेवा सहकारी समिति मर्यादित")).isEqualTo(samiti);
    assertThat(SocietyName.key("खेड़ा सेवा सहकारी समिति, मर्यादित।")).isEqualTo(samiti);
  }

  @Test
  void digitsOfAnyScriptAreTheirValueAndFullWidthLettersAreLetters() {
    assertThat(SocietyName.key("Kheda Samiti १२")).isEqualTo(SocietyName.key("Kheda Samiti 12"));
    assertThat(SocietyName.key("ＫＨＥＤＡ Samiti")).isEqualTo(SocietyName.key("Kheda Samiti"));
    assertThat(SocietyName.key("Straße Samiti")).isEqualTo(SocietyName.key("STRASSE SAMITI"));
  }

  @Test
  void theLastWordSaysLimitedOrItDoesNot() {
    assertThat(SocietyName.endsLimited(KHEDA + " Limited")).isTrue();
    assertThat(SocietyName.endsLimited(KHEDA + " Ltd.")).isTrue();
    assertThat(SocietyName.endsLimited(KHEDA + " maryadit")).isTrue();
    assertThat(SocietyName.endsLimited("खेड़ा सेवा सहकारी समिति मर्यादित")).isTrue();
    assertThat(SocietyName.endsLimited(KHEDA)).isFalse();
    assertThat(SocietyName.endsLimited("Kheda Limited Seva Samiti")).isFalse();
    assertThat(SocietyName.endsLimited("Limited")).isFalse();
  }
}
