package org.sahakarflow.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * A failure of the database under a resource of the engine REST or the webapps' APIs (the Cockpit
 * plugin reads the read model through Spring's JDBC): the caller gets a reference to quote, the
 * operator the statement and its cause in the log under that reference. Camunda's own mapper would
 * answer the exception's class and message, which name the statement and its tables.
 */
@Provider
public class StorageFailureMapper implements ExceptionMapper<DataAccessException> {

  private static final Logger log = LoggerFactory.getLogger(StorageFailureMapper.class);

  @Override
  public Response toResponse(DataAccessException failure) {
    String reference = UUID.randomUUID().toString();
    log.error("database failure under a REST resource, reference {}", reference, failure);
    String message = "The records could not be read or written just now; try again, and if it persists tell the"
        + " administrator the reference " + reference + ".";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ServerError");
    body.put("message", message);
    body.put("title", "Internal error");
    body.put("status", 500);
    body.put("detail", message);
    body.put("reference", reference);
    return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
