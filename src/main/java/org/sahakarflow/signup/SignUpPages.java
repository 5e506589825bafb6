package org.sahakarflow.signup;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sahakarflow.identity.Places;
import org.springframework.stereotype.Component;

/**
 * The sign-up pages in English and Hindi side by side, from {@code templates/signup}. A refused
 * form comes back with what was typed (never the passwords) and each field's reason under it.
 * Boot's compiler HTML-escapes every value.
 */
@Component
class SignUpPages {

  private final Template form;
  private final Template codes;
  private final Template done;
  private final Template message;
  private final Places places;

  SignUpPages(Mustache.Compiler mustache, Places places) {
    this.form = mustache.loadTemplate("signup/signup");
    this.codes = mustache.loadTemplate("signup/codes");
    this.done = mustache.loadTemplate("signup/done");
    this.message = mustache.loadTemplate("signup/message");
    this.places = places;
  }

  record Message(String english, String hindi) {
  }

  /** @param typed null for the empty form */
  String form(SignUps.Form typed, Map<String, String> errors, boolean tooMany) {
    SignUps.Form f = typed == null ? new SignUps.Form("", "", "", "", "", "", null, null) : typed;
    List<Option> states = places.states().stream().sorted(Comparator.comparing(Places.State::name))
        .map(s -> new Option(s.code(), s.central() ? "Multi-State society (Central Registrar) / बहु-राज्य समिति (केंद्रीय रजिस्ट्रार)"
            : s.name() + " / " + s.nameInHindi(), s.code().equals(f.stateCode())))
        .toList();
    return form.execute(new Form(tooMany, List.of(
        text("firstName", "First name / पहला नाम", f.firstName(), "text", "given-name", errors, null),
        text("lastName", "Last name / उपनाम", f.lastName(), "text", "family-name", errors, null),
        text("userId", "User name to sign in with / साइन इन के लिए उपयोगकर्ता नाम", f.userId(), "text", "username", errors,
            "3 to 30 small letters, digits, '.', '-' or '_' — e.g. kailash.meena / 3 से 30 छोटे अक्षर या अंक"),
        text("email", "E-mail / ई-मेल", f.email(), "email", "email", errors, null),
        text("mobile", "Mobile number / मोबाइल नंबर", f.mobile(), "tel", "tel", errors, null),
        new Field("stateCode", "State or Union Territory where the society will be / समिति का राज्य या केंद्र शासित प्रदेश",
            "", "", "", errors.get("stateCode"), null, true, states),
        text("password", "Password / पासवर्ड", "", "password", "new-password", errors,
            "At least 10 characters with upper and lower case letters, a digit and a special character"
                + " / कम से कम 10 अक्षर: बड़ा और छोटा अक्षर, अंक और विशेष चिह्न"),
        text("passwordAgain", "Password again / पासवर्ड दोबारा", "", "password", "new-password", errors, null))));
  }

  String codes(SignUps.Pending pending, Message error) {
    return codes.execute(new Codes(pending.userId(), pending.maskedEmail(), pending.maskedMobile(),
        SignUps.CODE_LIFETIME.toMinutes(), error));
  }

  String done(SignUps.Done signedUp) {
    Places.State state = places.state(signedUp.stateCode()).orElseThrow();
    return done.execute(new Done(signedUp.userId(), state.name(), state.nameInHindi()));
  }

  String message(Message said) {
    return message.execute(said);
  }

  private static Field text(String name, String label, String value, String type, String autocomplete,
      Map<String, String> errors, String hint) {
    return new Field(name, label, value == null ? "" : value, type, autocomplete, errors.get(name), hint, false, List.of());
  }

  private record Form(boolean tooMany, List<Field> fields) {
  }

  /** {@code error} and {@code hint} are left out when null. */
  private record Field(String name, String label, String value, String type, String autocomplete, String error,
      String hint, boolean select, List<Option> options) {
  }

  private record Option(String value, String text, boolean selected) {
  }

  /** {@code message} is left out when null. */
  private record Codes(String userId, String maskedEmail, String maskedMobile, long minutes, Message message) {
  }

  private record Done(String userId, String state, String stateHindi) {
  }
}
