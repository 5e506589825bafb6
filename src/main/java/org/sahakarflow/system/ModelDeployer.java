package org.sahakarflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} as one deployment under their repository paths
 * ({@code forms/upload-documents.html}), the same whether the app runs from a jar or from
 * {@code target/classes}; the starter's own auto-deployment names resources by absolute file
 * path, which breaks {@code embedded:deployment:} form keys. Unchanged models are not redeployed.
 */
@Component
class ModelDeployer extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "sahakar-flow";
  static final List<String> PATTERNS = List.of("bpmn/**/*.bpmn", "bpmn/**/*.dmn", "forms/**/*.form",
      "forms/**/*.html");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME).source("sahakar-flow").enableDuplicateFiltering(false);
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
          String path = resource.getURL().toString();
          String name = path.substring(path.lastIndexOf(pattern.substring(0, pattern.indexOf('/') + 1)));
          try (InputStream in = resource.getInputStream()) {
            deployment.addInputStream(name, in);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the models to deploy", e);
    }
    deployment.deploy();
  }
}
