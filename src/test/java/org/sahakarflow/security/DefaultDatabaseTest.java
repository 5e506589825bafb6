package org.sahakarflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The default run's H2 file database is reachable from this process only, never over the network. */
class DefaultDatabaseTest {

  @Test
  void theDefaultDatabaseOpensNoServerPort() throws Exception {
    String url = defaultUrl();
    assertThat(url).startsWith("jdbc:h2:file:./data/sahakar");
    Path dir = Files.createTempDirectory("sahakar-h2");
    try (Connection connection = DriverManager.getConnection(url.replace("./data/", dir + "/"), "sa", "")) {
      assertThat(connection.isValid(5)).isTrue();
      // with AUTO_SERVER, H2 opens a TCP server (on every interface) and writes its address
      // into the lock file for the next process to find
      Path lock = dir.resolve("sahakar.lock.db");
      if (Files.exists(lock)) {
        Properties written = new Properties();
        try (Reader in = Files.newBufferedReader(lock)) {
          written.load(in);
        }
        assertThat(written).doesNotContainKey("server");
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The URL application.yaml gives when SPRING_DATASOURCE_URL is not set. */
  private static String defaultUrl() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yaml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return environment.getProperty("spring.datasource.url");
  }
}
