package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.AppNode;
import org.sahakarflow.Cases;
import org.sahakarflow.Http;

/**
 * A node is killed ({@code kill -9}) while its SMTP server, which has stored the acknowledgement,
 * is slow to answer; a second node takes the job over once its lock runs out and sends the notice
 * again under the same Message-ID, so the receiver holds two copies it can tell are one notice,
 * and the log shows two attempts and the notice sent. The application runs as child processes on a
 * PostgreSQL database of the test's own (the PostgreSQL suite only).
 */
class NodeCrashDuringSendTest {

  static final String DB_URL = System.getProperty("sahakar.test.db.url", "");
  static final String DB_USER = System.getProperty("sahakar.test.db.user", "postgres");

  final ObjectMapper json = new ObjectMapper();
  final List<AppNode> nodes = new ArrayList<>();
  GreenMail smtp;
  String database;
  String databaseUrl;

  @BeforeEach
  void ownDatabase() throws Exception {
    assumeTrue(DB_URL.startsWith("jdbc:postgresql:"), "PostgreSQL suite only");
    database = "sahakar_crash_" + System.currentTimeMillis();
    try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "")) {
      admin.createStatement().execute("create database " + database);
    }
    databaseUrl = serverUrl(database);
    smtp = new GreenMail(new ServerSetup(AppNode.freePort(), null, ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void cleanUp() throws Exception {
    for (AppNode node : nodes) {
      node.kill();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (database != null) {
      try (Connection admin = DriverManager.getConnection(serverUrl("postgres"), DB_USER, "")) {
        admin.createStatement().execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  @Test
  void aNoticeCutOffByAKilledNodeIsSentAgainUnderTheSameMessageId() throws Exception {
    try (SmtpReplyHold slowServer = new SmtpReplyHold(smtp.getSmtp().getPort())) {
      AppNode first = node(slowServer.port(), "first");

      String number = submit(first.port());
      assertThat(slowServer.held().await(120, TimeUnit.SECONDS)).as("the node handed the notice over").isTrue();
      first.kill();

      assertThat(smtp.getReceivedMessages()).as("stored by the server before the node died").hasSize(1);
      assertThat(noticeLog(number)).as("the attempt was logged before the hand-over").startsWith("SENDING");

      node(smtp.getSmtp().getPort(), "second");
      Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
      while (!noticeLog(number).startsWith("SENT") && Instant.now().isBefore(deadline)) {
        Thread.sleep(500);
      }

      assertThat(noticeLog(number)).as("sent by the second node once the first one's lock ran out")
          .isEqualTo("SENT 2");
      MimeMessage[] mails = smtp.getReceivedMessages();
      assertThat(mails).hasSize(2);
      assertThat(mails[1].getMessageID()).isEqualTo(mails[0].getMessageID()).startsWith("<notice.");
      assertThat(mails[1].getSubject()).isEqualTo(mails[0].getSubject()).contains(number);
    }
  }

  /** A node with a short job lock, so that the test waits seconds, not minutes. */
  private AppNode node(int smtpPort, String name) throws IOException, InterruptedException {
    AppNode node = AppNode.start(name, databaseUrl, DB_USER, "768m", List.of(
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--sahakar.jobs.lock-time=PT15S",
        "--sahakar.jobs.max-wait=PT2S"));
    nodes.add(node);
    return node;
  }

  private String submit(int port) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("applicant.rj-udr:" + Http.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/registrations"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Cases.mpacsApplication("RJ", "RJ-UDR"))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body()).get("applicationNumber").asText();
  }

  /** "status attempts" of the case's acknowledgement in the notice log, "" before any. */
  private String noticeLog(String number) throws Exception {
    try (Connection db = DriverManager.getConnection(databaseUrl, DB_USER, "");
        PreparedStatement query = db.prepareStatement(
            "select status, attempts from notice_log where business_key = ? and notice = 'ACKNOWLEDGEMENT'")) {
      query.setString(1, number);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) + " " + row.getInt(2) : "";
      }
    }
  }

  private static String serverUrl(String name) {
    return DB_URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
  }

}
