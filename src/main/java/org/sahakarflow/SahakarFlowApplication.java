package org.sahakarflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Spring Security signs in the app's API alone (system.WebSecurityConfig maps it to those paths),
// and its users are Camunda's: no filter over every path, no generated user and password
@SpringBootApplication(exclude = {SecurityFilterAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class})
@ConfigurationPropertiesScan
public class SahakarFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SahakarFlowApplication.class, args);
  }
}
