package org.sahakarflow;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as a node of its own: a child JVM on the test class path with the postgres
 * profile, on a PostgreSQL database the caller names, its log in a temporary file. Crash tests
 * kill it; the cluster benchmark runs several side by side.
 */
public final class AppNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private AppNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts a node and returns once it answers its health check.
   *
   * @param settings further {@code --name=value} arguments, after the database's
   */
  public static AppNode start(String name, String databaseUrl, String databaseUser, String heap, List<String> settings)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Files.createTempFile("sahakar-node-" + name, ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    // e.g. a profiler's options for a benchmark's nodes
    for (String option : System.getProperty("sahakar.node.jvmOptions", "").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option.replace("{node}", name));
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.sahakarflow.SahakarFlowApplication",
        "--server.port=" + port,
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=" + databaseUser,
        "--spring.datasource.password=",
        "--sahakar.demo-data=true",
        "--camunda.bpm.job-execution.enabled=true"));
    command.addAll(settings);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppNode node = new AppNode(process, port, log);
    node.awaitUp();
    return node;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** CPU time the node's JVM has used so far. */
  public Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** {@code kill -9}. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void awaitUp() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node on port " + port + " stopped while starting; its log: " + log);
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("node on port " + port + " did not start in 4 minutes; its log: " + log);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
