package org.sahakarflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahakarflow.WebappLabels;

/**
 * Sahakar Flow's Hindi for the Camunda webapps against the English of the Camunda release on the
 * classpath: a Camunda upgrade that adds or changes a label, or a default of config.js, fails
 * here rather than showing English or a broken placeholder in front of an applicant.
 */
class WebappTranslationsTest {

  // {{ name }}, {} (Cockpit's count), %d and %s (moment's relative times), and HTML tags
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[ds]|</?[a-zA-Z][^>]*>");

  @Test
  void tasklistHasEveryLabelOfCamundasEnglishInHindi() {
    Map<String, String> english = labels(WebappLabels.locale("tasklist", "en", true));
    Map<String, String> hindi = labels(WebappLabels.locale("tasklist", "hi", false));

    assertThat(hindi.keySet()).as("Tasklist labels in hi.json").containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach((key, text) -> {
      assertThat(placeholders(hindi.get(key))).as("placeholders and markup of " + key).isEqualTo(placeholders(text));
      assertThat(hindi.get(key).isBlank()).as(key + " left blank").isEqualTo(text.isBlank());
    });
    assertThat(hindi.get("START_PROCESS")).isEqualTo("प्रक्रिया आरंभ करें");
  }

  /** Cockpit's Hindi is partial: a label it lacks shows in English, so only its keys are checked. */
  @Test
  void cockpitHindiLabelsAreCamundasLabelsWithTheirPlaceholders() {
    Map<String, String> english = labels(WebappLabels.locale("cockpit", "en", true));
    Map<String, String> hindi = labels(WebappLabels.locale("cockpit", "hi", false));

    assertThat(english.keySet()).as("Cockpit's en.json has every key of our hi.json").containsAll(hindi.keySet());
    hindi.forEach((key, text) ->
        assertThat(placeholders(text)).as("placeholders and markup of " + key).isEqualTo(placeholders(english.get(key))));
    assertThat(hindi).containsKeys("COCKPIT_PROCESSES", "DASHBOARD_DASHBOARD", "PAGE_LOGIN_SIGN_IN_ACTION");
  }

  /** moment.js reads these by position and by name; a missing month or weekday shows as "undefined". */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit"})
  void hindiDatesHaveTheShapeOfCamundasEnglishDates(String app) {
    JsonNode english = WebappLabels.locale(app, "en", true).path("dateLocales");
    JsonNode hindi = WebappLabels.locale(app, "hi", false).path("dateLocales");

    assertThat(shape(hindi)).isEqualTo(shape(english));
    english.path("relativeTime").properties().forEach(entry -> assertThat(
        placeholders(hindi.path("relativeTime").path(entry.getKey()).asText()))
        .as("relativeTime." + entry.getKey()).isEqualTo(placeholders(entry.getValue().asText())));
  }

  /**
   * Our config.js replaces Camunda's whole file: it must still say what Camunda's says (every
   * line that is not a comment) and offer Hindi beside English.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit"})
  void configKeepsCamundasDefaultsAndOffersHindi(String app) throws IOException {
    String camundas = text(WebappLabels.webappResource("app/" + app + "/scripts/config.js", true));
    String ours = text(WebappLabels.webappResource("app/" + app + "/scripts/config.js", false));

    assertThat(ours).isNotEqualTo(camundas);
    List<String> ourLines = ours.lines().map(String::strip).toList();
    camundas.lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*"))
        .forEach(line -> assertThat(ourLines).as(app + " config.js keeps Camunda's default").contains(line));
    assertThat(ours.replaceAll("\\s+", ""))
        .contains("availableLocales:['en','hi']", "fallbackLocale:'en'");
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> labels = new TreeMap<>();
    locale.path("labels").properties().forEach(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
    assertThat(labels).as("labels").isNotEmpty();
    return labels;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    found.sort(null);
    return found;
  }

  /** Field names and array lengths, not the words. */
  private static String shape(JsonNode node) {
    if (node.isObject()) {
      Map<String, String> fields = new TreeMap<>();
      node.properties().forEach(entry -> fields.put(entry.getKey(), shape(entry.getValue())));
      return fields.toString();
    }
    return node.isArray() ? "[" + node.size() + "]" : node.getNodeType().toString();
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
