package org.sahakarflow.notification;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HTTP SMS gateway, by URL template; no URL means no gateway (SMS recorded, not sent). Checked
 * on start, so a typo stops the application rather than failing every notice for 17 hours.
 *
 * @param gatewayUrl http(s) URL with placeholders {@link HttpSmsGateway#PLACEHOLDERS}, URL-encoded where filled
 * @param method GET or POST; POST when a body is given, else GET
 * @param body POST body template, same placeholders, encoded for the content type
 * @param contentType of the body; form-encoded by default
 * @param apiKeyHeader header that carries {@code apiKey}, e.g. {@code Authorization} or {@code X-API-Key}
 * @param apiKey the provider's key; kept out of the URL where the provider allows, since URLs get logged
 * @param headers any further fixed headers
 * @param timeout connect and answer, each; far below the job lock (2 min), or another node re-runs the step
 */
@ConfigurationProperties("sahakar.sms")
public record SmsGatewayProperties(String gatewayUrl, String method, String body, String contentType,
    String apiKeyHeader, String apiKey, Map<String, String> headers, Duration timeout) {

  static final String FORM = "application/x-www-form-urlencoded";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern MOBILE = Pattern.compile("\\{(mobile|msisdn)}");

  public SmsGatewayProperties {
    gatewayUrl = blankToNull(gatewayUrl);
    body = blankToNull(body);
    method = blankToNull(method) == null ? (body == null ? "GET" : "POST") : method.trim().toUpperCase(Locale.ROOT);
    contentType = blankToNull(contentType) == null ? FORM : contentType.trim();
    apiKeyHeader = blankToNull(apiKeyHeader);
    apiKey = blankToNull(apiKey);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    if (gatewayUrl != null) {
      check(gatewayUrl.matches("(?i)https?://.+"), "gateway-url must be an http(s) URL");
      check(method.equals("GET") || method.equals("POST"), "method must be GET or POST, not " + method);
      check(body == null || method.equals("POST"), "a body needs method POST");
      String template = gatewayUrl + (body == null ? "" : body);
      check(MOBILE.matcher(template).find(), "gateway-url or body must hold {mobile} or {msisdn}");
      check(template.contains("{text}"), "gateway-url or body must hold {text}");
      check(apiKey == null || apiKeyHeader != null, "api-key needs api-key-header");
      check(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    }
  }

  boolean configured() {
    return gatewayUrl != null;
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      throw new IllegalArgumentException("sahakar.sms: " + message);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
