package org.sahakarflow.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * An SMS provider's HTTP API, by URL template ({@link SmsGatewayProperties}): most Indian gateways
 * take a GET or a form/JSON POST with the number, the text and a reference of ours. A reply other
 * than 2xx, or none within the time-out, is thrown for the engine to retry the step.
 */
@Component
@Conditional(HttpSmsGateway.Configured.class)
class HttpSmsGateway implements SmsSender {

  /** {mobile}: ten digits; {msisdn}: with 91 before them; {text}; {key}: the notice's key, the same on every retry. */
  static final String PLACEHOLDERS = "{mobile} {msisdn} {text} {key}";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(mobile|msisdn|text|key)}");
  private static final int REPLY_SHOWN = 300;

  private final SmsGatewayProperties properties;
  private final HttpClient http;

  HttpSmsGateway(SmsGatewayProperties properties) {
    this.properties = properties;
    // HTTP/1.1: a plain-http gateway would otherwise be asked for an h2c upgrade it may mishandle
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public void send(Sms sms) {
    HttpResponse<String> reply;
    try {
      reply = http.send(request(sms), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // the URL is not named: it may carry the provider's key
      throw new UncheckedIOException("SMS gateway: no answer for notice " + sms.key(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("SMS gateway: interrupted sending notice " + sms.key(), e);
    }
    if (reply.statusCode() / 100 != 2) {
      String shown = reply.body() == null ? "" : reply.body().strip();
      throw new IllegalStateException("SMS gateway answered " + reply.statusCode() + " for notice " + sms.key()
          + ": " + (shown.length() <= REPLY_SHOWN ? shown : shown.substring(0, REPLY_SHOWN) + "…"));
    }
  }

  HttpRequest request(Sms sms) {
    Map<String, String> values = Map.of("mobile", sms.mobile(), "msisdn", "91" + sms.mobile(),
        "text", sms.text(), "key", sms.key());
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(properties.gatewayUrl(), values,
        HttpSmsGateway::urlEncoded))).timeout(properties.timeout());
    properties.headers().forEach(request::header);
    if (properties.apiKey() != null) {
      request.header(properties.apiKeyHeader(), properties.apiKey());
    }
    if (properties.method().equals("GET")) {
      return request.GET().build();
    }
    String body = properties.body() == null ? "" : fill(properties.body(), values, bodyEncoding());
    return request.header("Content-Type", properties.contentType())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  /** One pass, so a placeholder inside a value (a text quoting "{key}") stays text. */
  static String fill(String template, Map<String, String> values, UnaryOperator<String> encode) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    return placeholder.replaceAll(found -> Matcher.quoteReplacement(encode.apply(values.get(found.group(1)))));
  }

  private UnaryOperator<String> bodyEncoding() {
    String type = properties.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return HttpSmsGateway::jsonEscaped;
    }
    return type.startsWith(SmsGatewayProperties.FORM) ? HttpSmsGateway::urlEncoded : UnaryOperator.identity();
  }

  /** %20 for a space, not "+", which a path segment would keep as a plus. */
  static String urlEncoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The inside of a JSON string: the template writes the quotes ({@code "text":"{text}"}). */
  static String jsonEscaped(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return escaped.toString();
  }

  /** A gateway only where a URL is set: an empty {@code SAHAKAR_SMS_GATEWAY_URL} means none. */
  static class Configured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("sahakar.sms.gateway-url"));
    }
  }
}
