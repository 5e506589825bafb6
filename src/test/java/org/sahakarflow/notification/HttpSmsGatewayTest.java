package org.sahakarflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a gateway on a local port: what the gateway receives, and what fails. */
class HttpSmsGatewayTest {

  static final String KEY = "4f1c2d3e-0000-1111-2222-333344445555:Task_SendQuery:0";
  /** Hindi, a plus, an ampersand, a quote and a brace placeholder: each must arrive as written. */
  static final String TEXT = "आवेदन RJ-UDR-MPACS-2026-000123 के संबंध में प्रश्न / Query on \"A&B\" 1+1 {key}";

  final SmsGatewayStub stub = new SmsGatewayStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void aGetCarriesMobileTextAndKeyUrlEncodedAndTheApiKeyInItsHeader() {
    gateway(stub.baseUrl() + "/api/send?to={mobile}&msg={text}&ref={key}", null, null, null)
        .send(new SmsSender.Sms(KEY, "9876543210", TEXT));

    SmsGatewayStub.Request request = stub.requests().get(0);
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.rawPath()).isEqualTo("/api/send");
    assertThat(request.query()).containsExactly(Map.entry("to", "9876543210"), Map.entry("msg", TEXT),
        Map.entry("ref", KEY));
    assertThat(request.rawQuery()).as("a space as %20, a plus as %2B").contains("%20", "%2B").doesNotContain("+", " ");
    assertThat(request.headers()).containsEntry("x-api-key", "secret-key");
  }

  @Test
  void aJsonPostCarriesTheValuesAsJsonStrings() throws Exception {
    String text = TEXT + "\nline two";
    gateway(stub.baseUrl() + "/v2/sms", "{\"to\":\"{msisdn}\",\"message\":\"{text}\",\"reference\":\"{key}\"}",
        "application/json", "POST").send(new SmsSender.Sms(KEY, "9876543210", text));

    SmsGatewayStub.Request request = stub.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.headers()).containsEntry("content-type", "application/json");
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.get("to").asText()).isEqualTo("919876543210");
    assertThat(body.get("message").asText()).isEqualTo(text);
    assertThat(body.get("reference").asText()).isEqualTo(KEY);
  }

  @Test
  void aBodyWithoutAMethodIsAFormPost() {
    gateway(stub.baseUrl() + "/send", "mobile={mobile}&text={text}&ref={key}", null, null)
        .send(new SmsSender.Sms(KEY, "9876543210", TEXT));

    SmsGatewayStub.Request request = stub.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.headers()).containsEntry("content-type", SmsGatewayProperties.FORM);
    assertThat(SmsGatewayStub.Request.form(request.body())).containsExactly(Map.entry("mobile", "9876543210"),
        Map.entry("text", TEXT), Map.entry("ref", KEY));
  }

  @Test
  void aReplyOtherThan2xxIsThrownWithoutTheUrlOrItsKey() {
    stub.answer(500);
    HttpSmsGateway gateway = gateway(stub.baseUrl() + "/send?to={mobile}&msg={text}&apikey=in-the-url", null, null,
        null);

    assertThatThrownBy(() -> gateway.send(new SmsSender.Sms(KEY, "9876543210", "hello")))
        .hasMessageContaining("SMS gateway answered 500 for notice " + KEY)
        .hasMessageContaining("gateway down")
        .message().doesNotContain("in-the-url", "secret-key");
  }

  @Test
  void aGatewayThatDoesNotAnswerFailsTheSendAfterTheTimeout() {
    stub.hold();
    HttpSmsGateway gateway = new HttpSmsGateway(new SmsGatewayProperties(
        stub.baseUrl() + "/send?to={mobile}&msg={text}", null, null, null, null, null, null, Duration.ofMillis(500)));

    assertThatThrownBy(() -> gateway.send(new SmsSender.Sms(KEY, "9876543210", "hello")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void aTemplateThatCannotWorkStopsTheStart() {
    assertThatThrownBy(() -> new SmsGatewayProperties("http://gw/send?to={mobile}", null, null, null, null, null, null,
        null)).hasMessageContaining("{text}");
    assertThatThrownBy(() -> new SmsGatewayProperties("http://gw/send?msg={text}", null, null, null, null, null, null,
        null)).hasMessageContaining("{mobile}");
    assertThatThrownBy(() -> new SmsGatewayProperties("http://gw/send", "GET", "to={mobile}&m={text}", null, null,
        null, null, null)).hasMessageContaining("POST");
    assertThatThrownBy(() -> new SmsGatewayProperties("gw/send?to={mobile}&m={text}", null, null, null, null, null,
        null, null)).hasMessageContaining("http");
    assertThat(new SmsGatewayProperties(" ", null, null, null, null, null, null, null).configured())
        .as("an empty SAHAKAR_SMS_GATEWAY_URL is no gateway").isFalse();
  }

  private static HttpSmsGateway gateway(String url, String body, String contentType, String method) {
    return new HttpSmsGateway(new SmsGatewayProperties(url, method, body, contentType, "X-API-Key", "secret-key",
        null, null));
  }
}
