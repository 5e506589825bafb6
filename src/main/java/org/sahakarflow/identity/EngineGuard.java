package org.sahakarflow.identity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.sahakarflow.identity.EngineAllowList.Rule;
import org.sahakarflow.system.CachedBodyRequest;
import org.sahakarflow.system.InvalidInputException.FieldProblem;

/**
 * Deny by default in front of the engine, for {@code /engine-rest} and the webapps' engine API
 * alike: a call not on {@link EngineAllowList} for one of the caller's roles is refused (403),
 * an expression anywhere in a query (any key ending in {@code Expression}, at any depth, body or
 * parameter) is refused (400), and whatever a form submits is held to that form's contract
 * ({@link EngineSubmissions}). Administrators pass, the engine's own checks still apply to them.
 */
class EngineGuard extends HttpFilter {

  private static final Pattern RESOURCE = Pattern.compile(
      "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine(?:/[^/]+)?)(?:/(.*))?$");
  private static final int LARGEST_BODY = 25 * 1024 * 1024;

  private final IdentityService identity;
  private final EngineSubmissions submissions;
  private final ObjectMapper json;

  EngineGuard(IdentityService identity, EngineSubmissions submissions, ObjectMapper json) {
    this.identity = identity;
    this.submissions = submissions;
    this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String resource = resource(request);
    EngineCaller caller = resource == null ? null : EngineCaller.of(request, identity);
    if (caller == null || caller.isAdmin()) {
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    Rule rule = EngineAllowList.find(method, resource);
    if (rule == null || Collections.disjoint(rule.roles(), caller.roles())) {
      EngineRefusal.send(response, 403, "this engine call is not open to your role", List.of());
      return;
    }
    for (String parameter : queryParameterNames(request)) {
      if (isExpression(parameter)) {
        EngineRefusal.send(response, 400, "expressions are not allowed in queries",
            List.of(new FieldProblem(parameter, "is an expression")));
        return;
      }
    }
    byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
    if (body.length > LARGEST_BODY) {
      EngineRefusal.send(response, 413, "the request body is too large", List.of());
      return;
    }
    JsonNode tree = null;
    if (body.length > 0 && isJson(request)) {
      try {
        tree = json.readTree(body);
      } catch (IOException e) {
        EngineRefusal.send(response, 400, "the body is not readable JSON",
            List.of(new FieldProblem("body", "is not readable JSON (or repeats a key)")));
        return;
      }
      String path = expressionPath(tree, "");
      if (path != null) {
        EngineRefusal.send(response, 400, "expressions are not allowed in queries",
            List.of(new FieldProblem(path, "is an expression")));
        return;
      }
    }
    EngineRefusal refusal = submissions.check(rule.kind(), resource, caller, tree);
    if (refusal != null) {
      refusal.send(response);
      return;
    }
    if (tree != null && (rule.kind() == EngineAllowList.Kind.TASK_FORM
        || rule.kind() == EngineAllowList.Kind.START_FORM)) {
      // the contract renames uploads to the app's own names before the engine stores them
      body = json.writeValueAsBytes(tree);
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * The engine resource as the servlet container resolved it (decoded, dot segments and path
   * parameters gone): the raw URI could name one resource while the engine serves another
   * ({@code task;x/../message}).
   */
  static String resource(HttpServletRequest request) {
    String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
        .replaceAll("/{2,}", "/");
    Matcher matcher = RESOURCE.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    String resource = matcher.group(1) == null ? "" : matcher.group(1);
    return resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
  }

  /** Names in the query string only: reading form parameters would consume a posted body. */
  private static List<String> queryParameterNames(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(query.split("&"))
        .map(pair -> pair.split("=", 2)[0])
        .map(name -> URLDecoder.decode(name, StandardCharsets.UTF_8))
        .toList();
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || type.toLowerCase().contains("json");
  }

  /** The path of the first key that names an expression, at any depth; null if none. */
  static String expressionPath(JsonNode node, String path) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        String here = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (isExpression(field.getKey())) {
          return here;
        }
        String below = expressionPath(field.getValue(), here);
        if (below != null) {
          return below;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String below = expressionPath(node.get(i), path + "[" + i + "]");
        if (below != null) {
          return below;
        }
      }
    }
    return null;
  }

  private static boolean isExpression(String key) {
    return key.toLowerCase().endsWith("expression");
  }
}
