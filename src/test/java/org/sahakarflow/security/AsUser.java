package org.sahakarflow.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.sahakarflow.Http;
import org.sahakarflow.WebappSession;

/**
 * Requests as a demo user, the way each client reaches the engine: HTTP Basic for
 * {@code /engine-rest} and the app's API, a signed-in Tasklist session (cookie and CSRF token) for
 * the webapps' engine API. One kept-alive client, so thousands of requests stay cheap.
 */
final class AsUser {

  static final String WEBAPP_API = "/camunda/api/engine/engine/default";

  /** A request body: its content type and bytes. */
  record Body(String contentType, byte[] bytes) {
    static Body json(String text) {
      return new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart form; a part named {@code field:file.ext} is a file upload. */
    static Body multipart(Map<String, String> parts) {
      String boundary = "sahakar-" + Long.toHexString(System.nanoTime());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      parts.forEach((name, value) -> {
        String[] field = name.split(":", 2);
        String file = field.length == 1 ? ""
            : "; filename=\"" + field[1] + "\"\r\nContent-Type: application/octet-stream";
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\""
            + file + "\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
      });
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
  }

  private final int port;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Map<String, WebappSession> sessions = new HashMap<>();

  AsUser(int port) {
    this.port = port;
  }

  /** Sends the request as the user; a path under the webapps' API goes through their session. */
  HttpResponse<String> send(String user, String method, String path, Body body) {
    boolean webapp = path.startsWith(WEBAPP_API);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    if (body != null) {
      request.header("Content-Type", body.contentType());
    }
    try {
      if (webapp) {
        WebappSession session = session(user);
        return session.send(request.header("X-XSRF-TOKEN", session.token()).build());
      }
      String basic = Base64.getEncoder().encodeToString((user + ":" + Http.DEMO_PASSWORD)
          .getBytes(StandardCharsets.UTF_8));
      return client.send(request.header("Authorization", "Basic " + basic).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " as " + user, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private WebappSession session(String user) throws IOException, InterruptedException {
    WebappSession session = sessions.get(user);
    if (session == null) {
      session = new WebappSession(port);
      int status = session.login(user, "tasklist");
      if (status != 200) {
        throw new IllegalStateException(user + " could not sign in to Tasklist: " + status);
      }
      // as Tasklist does after signing in: the signed-in session's first answer carries its CSRF token
      session.get("/camunda/api/admin/auth/user/default");
      sessions.put(user, session);
    }
    return session;
  }
}
