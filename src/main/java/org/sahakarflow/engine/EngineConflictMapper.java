package org.sahakarflow.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The answer of the engine REST and of the webapps' engine API (two JAX-RS applications, one
 * mapper) to a lost race: its status, and Camunda's own error shape ({@code type}, {@code message},
 * which Tasklist shows) with the problem-details fields the app's other refusals carry, and who
 * holds the step. Camunda's mappers would answer 500 and log a warning with the stack.
 */
@Provider
public class EngineConflictMapper implements ExceptionMapper<EngineConflict> {

  @Override
  public Response toResponse(EngineConflict conflict) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", conflict.status() == 404 ? "NotFoundException" : "Conflict");
    body.put("message", conflict.getMessage());
    body.put("title", conflict.status() == 404 ? "Not found" : "Conflict");
    body.put("status", conflict.status());
    body.put("detail", conflict.getMessage());
    if (conflict.holder() != null) {
      body.put("assignee", conflict.holder());
    }
    return Response.status(conflict.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /**
   * Registers the app's mappers ({@link StorageFailureMapper} too) with every Jersey application of
   * the app (listed in {@code META-INF/services}): the starter builds the webapps' engine API from
   * Camunda's own application class, which takes no providers from Spring.
   */
  public static class Registration implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
      for (Class<?> mapper : java.util.List.of(EngineConflictMapper.class, StorageFailureMapper.class)) {
        if (!context.getConfiguration().isRegistered(mapper)) {
          context.register(mapper);
        }
      }
    }
  }
}
