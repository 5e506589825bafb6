package org.sahakarflow.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} and {@code forms/} as one deployment under their repository paths
 * ({@code forms/upload-documents.html}), the same whether the app runs from a jar or from
 * {@code target/classes}; the starter's own auto-deployment names resources by absolute file
 * path, which breaks {@code embedded:deployment:} form keys. Each model is deployed as the
 * {@link ModelRewriter}s fill it from the reference data on record; an unchanged set is not
 * deployed again. Every process binds its forms, called processes and decisions to its own
 * deployment, so an upload that deploys again reaches new cases only.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "sahakar-flow";
  static final List<String> PATTERNS = List.of("bpmn/**/*.bpmn", "bpmn/**/*.dmn", "forms/**/*.form",
      "forms/**/*.html");

  private final ObjectProvider<ModelRewriter> rewriters;
  private ProcessEngine engine;

  ModelDeployer(ObjectProvider<ModelRewriter> rewriters) {
    this.rewriters = rewriters;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    this.engine = engine;
    deploy("sahakar-flow");
  }

  /** Deploys the models again as the reference data now fills them, if that changes any. */
  public void redeploy(String why) {
    deploy(why.length() <= 255 ? why : why.substring(0, 252) + "...");
  }

  private synchronized void deploy(String source) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME).source(source).enableDuplicateFiltering(false);
    // as bytes: addString encodes in the platform's charset, which need not be UTF-8
    models().forEach((name, content) -> deployment.addInputStream(name,
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
    deployment.deploy();
  }

  private Map<String, String> models() {
    Map<String, String> models = new LinkedHashMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
          String path = resource.getURL().toString();
          String name = path.substring(path.lastIndexOf(pattern.substring(0, pattern.indexOf('/') + 1)));
          String content;
          try (InputStream in = resource.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          for (ModelRewriter rewriter : rewriters.orderedStream().toList()) {
            content = rewriter.rewrite(name, content);
          }
          models.put(name, content);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the models to deploy", e);
    }
    return models;
  }
}
