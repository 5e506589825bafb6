package org.sahakarflow.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An SMS gateway on a free loopback port (the JDK's own HTTP server): records every request as it
 * arrived and answers with the status it is told to, or, held, not at all until released.
 */
public final class SmsGatewayStub implements AutoCloseable {

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile CountDownLatch hold;

  public SmsGatewayStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "sms-gateway-stub");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  /** The app's {@code sahakar.sms.gateway-url} for this stub: its send path, with the number, text and notice key. */
  public String urlTemplate() {
    return baseUrl() + "/sms/send?to={mobile}&msg={text}&ref={key}";
  }

  /** {@code http://127.0.0.1:<port>} */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  void answer(int status) {
    this.status = status;
  }

  /** Takes requests and answers none until {@link #release()}, as a hung gateway does. */
  void hold() {
    hold = new CountDownLatch(1);
  }

  void release() {
    if (hold != null) {
      hold.countDown();
    }
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public void reset() {
    release();
    hold = null;
    requests.clear();
    status = 200;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), headers, new String(body, StandardCharsets.UTF_8)));
      CountDownLatch held = hold;
      if (held != null) {
        try {
          held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      byte[] reply = (status / 100 == 2 ? "{\"status\":\"accepted\"}" : "{\"error\":\"gateway down\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, reply.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply);
      }
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
  }

  /** One request as the gateway received it; query and body still encoded as they came. */
  public record Request(String method, String rawPath, String rawQuery, Map<String, String> headers, String body) {

    /** The query's parameters, decoded. */
    public Map<String, String> query() {
      return form(rawQuery);
    }

    static Map<String, String> form(String encoded) {
      Map<String, String> values = new LinkedHashMap<>();
      if (encoded != null && !encoded.isEmpty()) {
        Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> values.put(
            URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
            pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
      }
      return values;
    }
  }
}
