package org.sahakarflow.notification;

/**
 * Hands a short text to an SMS provider. The one shipped is {@code HttpSmsGateway}, configured by
 * {@code sahakar.sms.*}; a deployment whose provider needs more than a URL template supplies a
 * bean of its own instead (and leaves {@code sahakar.sms.gateway-url} empty). With neither, the
 * SMS of each notice is recorded, not sent.
 */
public interface SmsSender {

  /**
   * Returns once the provider has accepted the message; throws on anything else, so that the
   * engine retries the notice step. The same {@link Sms#key()} comes with every attempt of one
   * SMS: a provider that keeps it as the message's reference can drop a repeat.
   */
  void send(Sms sms);

  /**
   * @param key the notice's key, the same on every attempt
   * @param mobile ten digits, no country code
   * @param text plain text, Hindi allowed
   */
  record Sms(String key, String mobile, String text) {
  }
}
