package org.sahakarflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST to the API: the same key with the same request gets the first
 * request's answer (marked {@code Idempotent-Replayed: true}) instead of opening a second case; the
 * same key with another request is refused with 422; a second request while the first is still
 * being served gets 409. Keys are the signed-in user's own and are kept 24 hours. Only a
 * successful answer is kept: after a refusal or an error the request may be sent again.
 */
class IdempotentSubmissions extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  static final Duration KEPT = Duration.ofHours(24);
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final int MAX_KEPT_BODY = 20_000;

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  IdempotentSubmissions(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    if (!KEY.matcher(key).matches()) {
      refuse(response, HttpStatus.BAD_REQUEST, HEADER + ": 1 to 100 letters, digits or . _ : -");
      return;
    }
    String user = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication().getName();
    byte[] body = request.getInputStream().readAllBytes();
    String hash = fingerprint(request, body);
    Timestamp now = new Timestamp(EngineClock.INSTANCE.millis());
    jdbc.update("delete from idempotent_request where created_at < ?", new Timestamp(now.getTime() - KEPT.toMillis()));
    try {
      jdbc.update("insert into idempotent_request (user_id, idempotency_key, request_hash, status, created_at)"
          + " values (?, ?, ?, 'PENDING', ?)", user, key, hash, now);
    } catch (DuplicateKeyException first) {
      answerAgain(user, key, hash, response);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    boolean kept = false;
    try {
      chain.doFilter(new CachedBodyRequest(request, body), answer);
      byte[] sent = answer.getContentAsByteArray();
      if (answer.getStatus() >= 200 && answer.getStatus() < 300 && sent.length <= MAX_KEPT_BODY) {
        jdbc.update("update idempotent_request set status = 'DONE', response_status = ?, response_type = ?,"
            + " response_location = ?, response_body = ? where user_id = ? and idempotency_key = ?",
            answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
            new String(sent, StandardCharsets.UTF_8), user, key);
        kept = true;
      }
    } finally {
      if (!kept) {
        jdbc.update("delete from idempotent_request where user_id = ? and idempotency_key = ?", user, key);
      }
      answer.copyBodyToResponse();
    }
  }

  private void answerAgain(String user, String key, String hash, HttpServletResponse response) throws IOException {
    List<Map<String, Object>> rows = jdbc.queryForList("select request_hash, status, response_status, response_type,"
        + " response_location, response_body from idempotent_request where user_id = ? and idempotency_key = ?",
        user, key);
    if (rows.isEmpty()) {
      refuse(response, HttpStatus.CONFLICT, "the first request with this " + HEADER + " has just failed; send it again");
      return;
    }
    Map<String, Object> first = rows.get(0);
    if (!hash.equals(first.get("request_hash"))) {
      refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, HEADER + " " + key
          + " was used for another request; use a new key for a new request");
    } else if ("PENDING".equals(first.get("status"))) {
      refuse(response, HttpStatus.CONFLICT, "the first request with this " + HEADER
          + " is still being served; ask again in a moment");
    } else {
      response.setStatus(((Number) first.get("response_status")).intValue());
      if (first.get("response_type") != null) {
        response.setContentType((String) first.get("response_type"));
      }
      if (first.get("response_location") != null) {
        response.setHeader(HttpHeaders.LOCATION, (String) first.get("response_location"));
      }
      response.setHeader(REPLAYED, "true");
      response.getOutputStream().write(((String) first.get("response_body")).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(ProblemDetail.forStatusAndDetail(status, detail)));
  }

  /** The request as it matters: where it goes and what it carries. */
  private static String fingerprint(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((request.getRequestURI() + '?' + (request.getQueryString() == null ? "" : request.getQueryString())
          + '\n').getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
