package org.sahakarflow.notification;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.spin.json.SpinJsonNode;
import org.sahakarflow.system.India;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bilingual text of every notice, from {@code mail/<notice>.hi.txt} and {@code .en.txt}
 * (first line subject, the rest body, Mustache {@code {{variable}}} placeholders). All templates
 * are compiled once on start, so a missing or broken one stops the application rather than a
 * notice months later.
 */
@Component
class NoticeTemplates {

  /** Hindi first, then English, as the Official Language rules ask of bilingual notices. */
  static final List<String> LANGUAGES = List.of("hi", "en");
  static final String MISSING = "—";
  static final String SEPARATOR = "------------------------------------------------------------";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(India.ZONE);

  private static final Logger LOG = LoggerFactory.getLogger(NoticeTemplates.class);
  // mail is plain text: HTML escaping would print "&amp;" for every "&" a society's name holds
  private static final Mustache.Compiler PLAIN_TEXT = Mustache.compiler().withEscaper(Escapers.NONE);

  private final Map<Notice, List<Parts>> templates = new EnumMap<>(Notice.class);

  NoticeTemplates() {
    for (Notice notice : Notice.values()) {
      templates.put(notice, LANGUAGES.stream().map(language -> load(notice, language)).toList());
    }
  }

  static String path(Notice notice, String language) {
    return "mail/" + notice.templateName() + "." + language + ".txt";
  }

  NoticeMessage render(Notice notice, Map<String, ?> variables) {
    return render(notice, (Function<String, ?>) variables::get);
  }

  /** @param variables asked only for the names the templates use, so a case's files stay unread */
  NoticeMessage render(Notice notice, Function<String, ?> variables) {
    List<Parts> parts = templates.get(notice);
    Set<String> missing = new TreeSet<>();
    Mustache.CustomContext values = name -> shown(name, variables, missing);
    // a line break typed into a form field must not start a new mail header
    List<String> subjects = parts.stream()
        .map(part -> part.subject().execute(values).replaceAll("[\\r\\n]+", " ")).toList();
    String subject = String.join(" / ", subjects);
    String body = parts.stream().map(part -> part.body().execute(values))
        .collect(Collectors.joining("\n\n" + SEPARATOR + "\n\n", "", "\n"));
    if (!missing.isEmpty()) {
      // a notice with a gap still informs; holding it back would hide it altogether
      LOG.warn("notice {} of case {}: no value for {}, shown as {}", notice,
          variables.apply("applicationNumber"), missing, MISSING);
    }
    return new NoticeMessage(subject, body, subjects);
  }

  private static String shown(String name, Function<String, ?> variables, Set<String> missing) {
    Object value = variables.apply(name);
    String shown = value == null ? null : format(value);
    if (shown == null || shown.isBlank()) {
      missing.add(name);
      return MISSING;
    }
    return shown;
  }

  static String format(Object value) {
    if (value instanceof Date date) {
      return DATE.format(date.toInstant());
    }
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        return lines(StreamSupport.stream(json.elements().spliterator(), false)
            .map(e -> e.isString() ? e.stringValue() : e.toString()).toList());
      }
      return json.isString() ? json.stringValue() : json.toString();
    }
    if (value instanceof Collection<?> items) {
      return lines(items.stream().map(String::valueOf).toList());
    }
    return value.toString();
  }

  private static String lines(List<String> items) {
    return items.stream().map(item -> "- " + item).collect(Collectors.joining("\n"));
  }

  private static Parts load(Notice notice, String language) {
    String path = path(notice, language);
    try (InputStream in = NoticeTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("mail template " + path + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\uFEFF", "").replace("\r\n", "\n");
      int newline = text.indexOf('\n');
      if (newline < 0 || text.substring(0, newline).isBlank()) {
        throw new IllegalStateException("mail template " + path + " needs a subject and a body");
      }
      return new Parts(PLAIN_TEXT.compile(text.substring(0, newline).strip()),
          PLAIN_TEXT.compile(text.substring(newline + 1).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private record Parts(Template subject, Template body) {
  }
}
