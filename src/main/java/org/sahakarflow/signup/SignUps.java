package org.sahakarflow.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sahakarflow.identity.Groups;
import org.sahakarflow.identity.PasswordRules;
import org.sahakarflow.identity.Places;
import org.sahakarflow.notification.AccountMessages;
import org.sahakarflow.system.EngineClock;
import org.sahakarflow.system.IndianMobile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A promoter creates their own account: the user at once (no group, no State, so it opens nothing),
 * a one-time code to the e-mail and another to the mobile, and, when both come back within their
 * lifetime, membership of {@code applicants} and of the chosen State's tenant. Everything a sign-up
 * writes is written in one transaction with the sending of its codes: a code that could not be sent
 * leaves no user behind.
 */
@Component
class SignUps {

  static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
  static final Duration RESEND_AFTER = Duration.ofSeconds(60);
  static final int MAX_WRONG_TRIES = 5;
  static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,29}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Places places;
  private final AccountMessages messages;
  private final int perAddressPerHour;

  /**
   * @param perAddressPerHour sign-ups one client address may start in an hour: enough for a Common
   *     Service Centre signing up the promoters of a village, too few to fill the user table
   */
  SignUps(JdbcTemplate jdbc, IdentityService identity, Places places, AccountMessages messages,
      @Value("${sahakar.signup.per-address-per-hour}") int perAddressPerHour) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.places = places;
    this.messages = messages;
    this.perAddressPerHour = perAddressPerHour;
  }

  int perAddressPerHour() {
    return perAddressPerHour;
  }

  record Form(String firstName, String lastName, String userId, String email, String mobile, String stateCode,
      String password, String passwordAgain) {
  }

  /** Field name → what is wrong with it, in English and Hindi; empty when the form is good. */
  record Refusal(Map<String, String> fields) {
  }

  /** Where the codes went, masked, for the page that asks for them. */
  record Pending(String userId, String maskedEmail, String maskedMobile) {
  }

  sealed interface Started permits Refused, TooMany, Sent {
  }

  record Refused(Refusal refusal) implements Started {
  }

  record TooMany() implements Started {
  }

  record Sent(Pending pending) implements Started {
  }

  @Transactional
  public Started start(Form form, String address) {
    Instant now = EngineClock.INSTANCE.instant();
    Integer recent = jdbc.queryForObject("select count(*) from applicant_signup where address = ? and created_at > ?",
        Integer.class, address, Timestamp.from(now.minus(Duration.ofHours(1))));
    if (recent != null && recent >= perAddressPerHour) {
      return new TooMany();
    }
    Map<String, String> wrong = new LinkedHashMap<>();
    String userId = form.userId() == null ? "" : form.userId().strip().toLowerCase(Locale.ROOT);
    String email = form.email() == null ? "" : form.email().strip();
    Optional<String> mobile = IndianMobile.of(form.mobile());
    required(wrong, "firstName", form.firstName(), 60);
    required(wrong, "lastName", form.lastName(), 60);
    if (!USER_ID.matcher(userId).matches()) {
      wrong.put("userId", "3 to 30 small letters, digits, '.', '-' or '_', starting with a letter or digit"
          + " / 3 से 30 छोटे अक्षर, अंक, '.', '-' या '_', पहला अक्षर या अंक हो");
    } else if (taken(userId)) {
      wrong.put("userId", "this user name is taken; choose another / यह उपयोगकर्ता नाम पहले से लिया गया है; दूसरा चुनें");
    }
    if (!EMAIL.matcher(email).matches()) {
      wrong.put("email", "not an e-mail address / यह ई-मेल पता नहीं है");
    } else if (emailInUse(email)) {
      wrong.put("email", "an account with this e-mail exists; sign in with it / इस ई-मेल से खाता पहले से है; उससे साइन इन करें");
    }
    if (mobile.isEmpty()) {
      wrong.put("mobile", "a 10-digit Indian mobile number, starting with 6 to 9 / 6 से 9 से शुरू होने वाला 10 अंकों का मोबाइल नंबर");
    }
    if (form.stateCode() == null || !places.isStateOrUt(form.stateCode())) {
      wrong.put("stateCode", "choose your State or Union Territory / अपना राज्य या केंद्र शासित प्रदेश चुनें");
    }
    if (form.password() == null || !form.password().equals(form.passwordAgain())) {
      wrong.put("passwordAgain", "the two passwords differ / दोनों पासवर्ड अलग हैं");
    }
    User user = identity.newUser(userId);
    user.setFirstName(form.firstName() == null ? null : form.firstName().strip());
    user.setLastName(form.lastName() == null ? null : form.lastName().strip());
    user.setEmail(email);
    // asked before the save: a save the engine refuses would mark the whole transaction for rollback
    PasswordRules.broken(identity, form.password(), user).ifPresent(policy -> wrong.putIfAbsent("password", policy
        + " / पासवर्ड में कम से कम 10 अक्षर हों: बड़ा और छोटा अक्षर, अंक और विशेष चिह्न, और उपयोगकर्ता नाम या ई-मेल का अंश नहीं"));
    if (!wrong.isEmpty()) {
      return new Refused(new Refusal(wrong));
    }
    user.setPassword(form.password());
    identity.saveUser(user);
    Codes codes = Codes.fresh(userId);
    jdbc.update("""
        insert into applicant_signup (user_id, email, mobile, state_code, email_code_hash, mobile_code_hash,
          codes_sent_at, codes_expire_at, wrong_tries, address, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", userId, email, mobile.get(), form.stateCode(),
        codes.emailHash(), codes.mobileHash(), Timestamp.from(now), Timestamp.from(now.plus(CODE_LIFETIME)), address,
        Timestamp.from(now));
    send(userId, email, mobile.get(), codes, now);
    return new Sent(new Pending(userId, masked(email), IndianMobile.masked(mobile.get())));
  }

  sealed interface Verified permits Done, WrongCodes, Expired, Unknown {
  }

  record Done(String userId, String stateCode) implements Verified {
  }

  record WrongCodes(Pending pending, int triesLeft) implements Verified {
  }

  /** The codes have run out of time or of tries: new ones must be sent. */
  record Expired(Pending pending) implements Verified {
  }

  record Unknown() implements Verified {
  }

  @Transactional
  public Verified verify(String userId, String emailCode, String mobileCode) {
    Optional<Row> found = row(userId);
    if (found.isEmpty()) {
      return new Unknown();
    }
    Row row = found.get();
    Instant now = EngineClock.INSTANCE.instant();
    if (row.wrongTries() >= MAX_WRONG_TRIES || now.isAfter(row.expireAt())) {
      return new Expired(row.pending());
    }
    boolean right = matches(Codes.hash(row.userId(), "email", emailCode), row.emailHash())
        & matches(Codes.hash(row.userId(), "mobile", mobileCode), row.mobileHash());
    if (!right) {
      jdbc.update("update applicant_signup set wrong_tries = wrong_tries + 1 where user_id = ?", row.userId());
      return new WrongCodes(row.pending(), MAX_WRONG_TRIES - row.wrongTries() - 1);
    }
    identity.createMembership(row.userId(), Groups.APPLICANTS);
    identity.createTenantUserMembership(row.stateCode(), row.userId());
    jdbc.update("update applicant_signup set verified_at = ? where user_id = ?", Timestamp.from(now), row.userId());
    return new Done(row.userId(), row.stateCode());
  }

  /** New codes for a pending sign-up, at most one pair a minute; empty for an unknown or verified one. */
  @Transactional
  public Optional<Pending> resend(String userId) {
    Optional<Row> found = row(userId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Row row = found.get();
    Instant now = EngineClock.INSTANCE.instant();
    if (now.isBefore(row.sentAt().plus(RESEND_AFTER))) {
      return Optional.of(row.pending());
    }
    Codes codes = Codes.fresh(row.userId());
    jdbc.update("""
        update applicant_signup set email_code_hash = ?, mobile_code_hash = ?, codes_sent_at = ?, codes_expire_at = ?,
          wrong_tries = 0 where user_id = ?""", codes.emailHash(), codes.mobileHash(), Timestamp.from(now),
        Timestamp.from(now.plus(CODE_LIFETIME)), row.userId());
    send(row.userId(), row.email(), row.mobile(), codes, now);
    return Optional.of(row.pending());
  }

  private void send(String userId, String email, String mobile, Codes codes, Instant now) {
    String key = "signup." + userId + "." + now.toEpochMilli();
    messages.mail(key, email, "Sahakar Flow: your sign-up code " + codes.email() + " / साइन-अप कोड",
        """
        Your code to finish signing up as %s is %s. It works for %d minutes. If you did not sign up, ignore this mail.

        %s के रूप में साइन-अप पूरा करने का आपका कोड %s है। यह %d मिनट तक मान्य है। यदि आपने साइन-अप नहीं किया, तो इस मेल को अनदेखा करें।
        """.formatted(userId, codes.email(), CODE_LIFETIME.toMinutes(), userId, codes.email(), CODE_LIFETIME.toMinutes()));
    messages.sms(key, mobile, "Sahakar Flow sign-up code " + codes.mobile() + " (valid " + CODE_LIFETIME.toMinutes()
        + " min). साइन-अप कोड " + codes.mobile());
  }

  /** A user id is free unless a user holds it, or a sign-up whose codes still run (an expired one is let go). */
  private boolean taken(String userId) {
    releaseExpired("user_id = ?", userId);
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  private boolean emailInUse(String email) {
    releaseExpired("lower(email) = lower(?)", email);
    return identity.createUserQuery().userEmail(email).count() > 0
        || !jdbc.queryForList("select user_id from applicant_signup where lower(email) = lower(?) and verified_at is null",
            String.class, email).isEmpty();
  }

  private void releaseExpired(String condition, String value) {
    List<String> expired = jdbc.queryForList("select user_id from applicant_signup where " + condition
        + " and verified_at is null and codes_expire_at < ?", String.class, value,
        Timestamp.from(EngineClock.INSTANCE.instant()));
    for (String userId : expired) {
      identity.deleteUser(userId);
      jdbc.update("delete from applicant_signup where user_id = ?", userId);
    }
  }

  private record Row(String userId, String email, String mobile, String stateCode, String emailHash,
      String mobileHash, Instant sentAt, Instant expireAt, int wrongTries) {

    Pending pending() {
      return new Pending(userId, masked(email), IndianMobile.masked(mobile));
    }
  }

  /** A sign-up still waiting for its codes, locked for the rest of the transaction. */
  private Optional<Row> row(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return jdbc.query("""
        select user_id, email, mobile, state_code, email_code_hash, mobile_code_hash, codes_sent_at, codes_expire_at,
          wrong_tries from applicant_signup where user_id = ? and verified_at is null for update""",
        (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(),
            rs.getInt(9)), userId.strip().toLowerCase(Locale.ROOT)).stream().findFirst();
  }

  private static void required(Map<String, String> wrong, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      wrong.put(field, "required / आवश्यक");
    } else if (value.strip().length() > max) {
      wrong.put(field, "at most " + max + " letters / अधिकतम " + max + " अक्षर");
    }
  }

  static String masked(String email) {
    int at = email.indexOf('@');
    return email.charAt(0) + "***" + email.substring(at);
  }

  private static boolean matches(String given, String expected) {
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /** Two six-digit codes and the hashes kept of them (salted with the user id and the channel). */
  private record Codes(String email, String mobile, String emailHash, String mobileHash) {

    static Codes fresh(String userId) {
      String email = "%06d".formatted(RANDOM.nextInt(1_000_000));
      String mobile = "%06d".formatted(RANDOM.nextInt(1_000_000));
      return new Codes(email, mobile, hash(userId, "email", email), hash(userId, "mobile", mobile));
    }

    static String hash(String userId, String channel, String code) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((userId + ":" + channel + ":"
            + (code == null ? "" : code.strip())).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
      }
    }
  }
}
