package org.sahakarflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;

/**
 * The Camunda webapps' labels as the browser gets them: {@code en.json} from Camunda's webjar,
 * {@code hi.json} from Sahakar Flow's own resources, both under the same classpath path.
 */
public final class WebappLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLabels() {
  }

  /** The label a webapp shows for {@code key} to a user reading {@code language}. */
  public static String tasklist(String language, String key) {
    JsonNode label = locale("tasklist", language, false).path("labels").path(key);
    if (label.isMissingNode()) {
      throw new IllegalArgumentException("Tasklist has no " + language + " label " + key);
    }
    return label.asText();
  }

  /**
   * A webapp's locale file; {@code fromWebjar} reads Camunda's own copy even where Sahakar Flow
   * puts a file of the same name first on the classpath.
   */
  public static JsonNode locale(String app, String language, boolean fromWebjar) {
    return read(webappResource("app/" + app + "/locales/" + language + ".json", fromWebjar));
  }

  /** A file of the webapps, {@code path} relative to the webjar's root (e.g. {@code app/tasklist/scripts/config.js}). */
  public static URL webappResource(String path, boolean fromWebjar) {
    String name = "META-INF/resources/webjars/camunda/" + path;
    try {
      for (URL url : Collections.list(WebappLabels.class.getClassLoader().getResources(name))) {
        if (!fromWebjar || url.getPath().contains("camunda-webapp-webjar")) {
          return url;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException(name + " is not on the classpath" + (fromWebjar ? " in Camunda's webjar" : ""));
  }

  private static JsonNode read(URL url) {
    // Camunda's own files start with a byte order mark; Jackson skips it when reading bytes
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
