package org.sahakarflow.notification;

import java.util.List;

/**
 * A notice ready to go: bilingual subject and plain-text body, and the subject line of each
 * language (Hindi first) for a channel too short for both.
 */
record NoticeMessage(String subject, String body, List<String> subjects) {

  NoticeMessage(String subject, String body) {
    this(subject, body, List.of(subject));
  }
}
