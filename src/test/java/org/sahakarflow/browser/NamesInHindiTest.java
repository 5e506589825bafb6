package org.sahakarflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process and user task of the models, and every shared filter, has a Hindi name in the
 * Tasklist script that shows them to a Hindi reader: a step added to a model without one would
 * show in English among Hindi names.
 */
class NamesInHindiTest {

  static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/sahakar-hindi-names.js");
  static final Pattern NAMED = Pattern.compile("<bpmn:(?:process|userTask) id=\"[^\"]+\" name=\"([^\"]+)\"");
  static final Pattern ENTRY = Pattern.compile("^\\s*(?:'([^']+)'|\"([^\"]+)\"): '([^']+)',?$", Pattern.MULTILINE);
  static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

  @Test
  void everyProcessStepAndFilterTasklistShowsHasAHindiName() throws IOException {
    Set<String> named = new TreeSet<>(Set.of("My tasks", "My group tasks", "All tasks I can see", "Overdue"));
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher name = NAMED.matcher(Files.readString(model, StandardCharsets.UTF_8));
        while (name.find()) {
          named.add(name.group(1).replace("&#39;", "'").replace("&apos;", "'"));
        }
      }
    }
    assertThat(named).as("names read from bpmn/").contains("Register a new M-PACS", "Scrutinise application");

    Set<String> translated = new TreeSet<>();
    Matcher entry = ENTRY.matcher(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    while (entry.find()) {
      translated.add(entry.group(1) != null ? entry.group(1) : entry.group(2));
      assertThat(entry.group(3)).as("the Hindi for " + translated).containsPattern(DEVANAGARI);
    }
    assertThat(translated).containsAll(named);
  }
}
