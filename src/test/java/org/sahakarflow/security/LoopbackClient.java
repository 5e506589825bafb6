package org.sahakarflow.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain HTTP/1.0 to the test server from a loopback address of its own (127.0.0.2 and up), so a
 * test can be a client the sign-in throttle tells apart from every other test (all on 127.0.0.1).
 * Keeps cookies, for the webapps' session and CSRF token.
 */
final class LoopbackClient {

  record Response(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  LoopbackClient(String address, int port) {
    this.address = address;
    this.port = port;
  }

  Response basic(String path, String user, String password) throws IOException {
    String credentials = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send("GET", path, Map.of("Authorization", "Basic " + credentials), null);
  }

  /** The webapps' login form, each time in a fresh session with its CSRF token, as a new browser. */
  Response webappLogin(String user, String password) throws IOException {
    cookies.clear();
    send("GET", "/camunda/api/admin/auth/user/default", Map.of(), null);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", Map.of(
        "Content-Type", "application/x-www-form-urlencoded", "X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")), form);
  }

  Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(address, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(60_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
          .append("Host: localhost:").append(port).append("\r\n");
      headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (!cookies.isEmpty()) {
        request.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
            .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
      }
      request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private Response parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
  }
}
