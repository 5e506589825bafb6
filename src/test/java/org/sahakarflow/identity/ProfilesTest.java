package org.sahakarflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What the two profiles a deployment chooses between resolve to, read from the shipped files. */
class ProfilesTest {

  @Test
  void defaultProfileLoadsDemoUsersOnAnH2FileDatabase() throws Exception {
    StandardEnvironment environment = environment(false, Map.of());
    assertThat(environment.getProperty("sahakar.demo-data", Boolean.class)).isTrue();
    assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/");
  }

  @Test
  void postgresProfileLoadsNoDemoUsersUnlessAsked() throws Exception {
    StandardEnvironment postgres = environment(true, Map.of());
    assertThat(postgres.getProperty("sahakar.demo-data", Boolean.class)).isFalse();
    assertThat(postgres.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    assertThat(environment(true, Map.of("SAHAKAR_DEMO_DATA", "true"))
        .getProperty("sahakar.demo-data", Boolean.class)).isTrue();
    assertThat(environment(true, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/x"))
        .getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/x");
  }

  private static StandardEnvironment environment(boolean postgres, Map<String, Object> env) throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addFirst(new MapPropertySource("env", env));
    YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
    if (postgres) {
      yaml.load("postgres", new ClassPathResource("application-postgres.yaml"))
          .forEach(source -> environment.getPropertySources().addAfter("env", source));
    }
    yaml.load("default", new ClassPathResource("application.yaml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return environment;
  }
}
