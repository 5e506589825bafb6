package org.sahakarflow.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * A refusal at the engine's edge, written so that both a REST client and Tasklist read it:
 * problem details with the field list, plus the {@code type} and {@code message} that Camunda's
 * own errors carry and that Tasklist shows under a form.
 */
record EngineRefusal(int status, String detail, List<FieldProblem> problems) {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  static EngineRefusal badInput(List<FieldProblem> problems) {
    return new EngineRefusal(400, problems.stream().map(p -> p.field() + " " + p.reason())
        .collect(Collectors.joining("; ")), problems);
  }

  void send(HttpServletResponse response) throws IOException {
    send(response, status, detail, problems);
  }

  static void send(HttpServletResponse response, int status, String detail,
      List<FieldProblem> problems) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    String title = switch (status) {
      case 400 -> "Invalid input";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      default -> "Refused";
    };
    String type = status == 400 ? "InvalidRequestException"
        : status == 404 ? "NotFoundException" : "AuthorizationException";
    JSON.writeValue(response.getOutputStream(), Map.of("title", title, "status", status,
        "detail", detail, "type", type, "message", detail,
        "errors", problems.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList()));
  }
}
