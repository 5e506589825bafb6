package org.sahakarflow.notification;

/** A notice ready to go: bilingual subject and plain-text body. */
record NoticeMessage(String subject, String body) {
}
