package org.sahakarflow.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps answers of a rules table (DMN) for a while. Asking the engine for a decision looks up its
 * latest version, evaluates FEEL and writes decision history each time, for an answer that
 * changes only when an administrator deploys new rules; a newly deployed table applies once the
 * kept answer lapses.
 */
public final class AnswerCache {

  private final long keepNanos;
  private final Map<Object, Answer> answers = new ConcurrentHashMap<>();

  public AnswerCache(Duration keep) {
    this.keepNanos = keep.toNanos();
  }

  @SuppressWarnings("unchecked")
  public <K, V> V get(K key, Function<K, V> lookUp) {
    long now = System.nanoTime();
    Answer answer = answers.get(key);
    if (answer == null || now - answer.at() >= keepNanos) {
      answer = new Answer(lookUp.apply(key), now);
      answers.put(key, answer);
    }
    return (V) answer.value();
  }

  private record Answer(Object value, long at) {
  }
}
