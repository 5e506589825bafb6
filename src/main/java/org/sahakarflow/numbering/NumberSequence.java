package org.sahakarflow.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Gap-free counters. The row lock taken by the increment is held until the caller's
 * transaction ends, so a number is used by exactly one committed case and a rolled-back case
 * gives its number back.
 */
@Component
public class NumberSequence {

  private final JdbcTemplate jdbc;

  NumberSequence(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String scope) {
    if (jdbc.update("update number_sequence set last_value = last_value + 1 where scope = ?", scope) == 0) {
      insertFirst(scope);
    }
    Long value = jdbc.queryForObject("select last_value from number_sequence where scope = ?",
        Long.class, scope);
    return value;
  }

  private void insertFirst(String scope) {
    // two first users of a scope may race to insert; the loser's insert fails on the key and it
    // increments the winner's row instead (the savepoint keeps PostgreSQL's transaction usable)
    TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
    Object savepoint = transaction.createSavepoint();
    try {
      jdbc.update("insert into number_sequence (scope, last_value) values (?, 1)", scope);
      transaction.releaseSavepoint(savepoint);
    } catch (DuplicateKeyException e) {
      transaction.rollbackToSavepoint(savepoint);
      jdbc.update("update number_sequence set last_value = last_value + 1 where scope = ?", scope);
    }
  }
}
