package org.sahakarflow.society;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A society's name as a registrar compares it: two names are the same name when they differ only
 * in case, spacing, punctuation or the word that says the society's liability is limited
 * ("Kheda Seva Sahakari Samiti Ltd." is "KHEDA SEVA SAHAKARI SAMITI"). Devanagari is compared as
 * it is written: its vowel signs and viramas are part of a word, never punctuation.
 */
public final class SocietyName {

  /**
   * "Limited" as names write it: the English word and its abbreviation, the Hindi "Maryadit"
   * transliterated and in Devanagari (with its abbreviation "मर्या."), and "Limited" in Devanagari.
   */
  static final Set<String> LIMITED = Set.of("limited", "ltd", "maryadit", "maryadita", "maryaadit",
      "मर्यादित", "मर्या", "लिमिटेड", "लि");

  /** Longer than any key of a 120-character name, whatever compatibility forms it was typed in. */
  public static final int MAX_KEY = 480;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  // joiners, soft hyphens and direction marks change how a name looks, never which name it is
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

  private SocietyName() {
  }

  /**
   * The name's key: its words in lower case, joined without spaces, the trailing "Limited" (in
   * any of its forms) left off. Two names with one key are one name in a State.
   */
  public static String key(String name) {
    List<String> words = words(name);
    int end = words.size();
    while (end > 1 && LIMITED.contains(words.get(end - 1))) {
      end--;
    }
    String key = String.join("", words.subList(0, end));
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  /** Whether the last word of the name says "Limited", in any of the forms names write it. */
  public static boolean endsLimited(String name) {
    List<String> words = words(name);
    return words.size() > 1 && LIMITED.contains(words.get(words.size() - 1));
  }

  /**
   * The name's words: compatibility forms folded (full-width letters, ligatures, precomposed
   * nukta letters), case folded as the Unicode full mapping does ("Straße" is "STRASSE"), digits
   * of any script read as the digits they are, anything neither letter, mark nor digit a break.
   */
  static List<String> words(String name) {
    if (name == null) {
      return List.of();
    }
    String text = INVISIBLE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    text = Normalizer.normalize(text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(asciiDigits(word.group()));
    }
    return words;
  }

  private static String asciiDigits(String word) {
    StringBuilder out = new StringBuilder(word.length());
    word.codePoints().forEach(c -> {
      if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
