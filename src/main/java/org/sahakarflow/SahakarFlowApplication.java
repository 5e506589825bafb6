package org.sahakarflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SahakarFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SahakarFlowApplication.class, args);
  }
}
