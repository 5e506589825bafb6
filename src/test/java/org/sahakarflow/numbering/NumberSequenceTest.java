package org.sahakarflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@SahakarTest
class NumberSequenceTest {

  @Autowired
  NumberSequence numbers;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void sixteenConcurrentFirstUsersOfAScopeGetOneToSixteen() throws Exception {
    String scope = "test:" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> allocations = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      allocations.add(pool.submit(() -> {
        start.await();
        return transactions.execute(status -> numbers.next(scope));
      }));
    }
    start.countDown();
    List<Long> allocated = new ArrayList<>();
    for (Future<Long> allocation : allocations) {
      allocated.add(allocation.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(allocated).containsExactlyInAnyOrder(
        1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
  }

  @Test
  void aRolledBackAllocationGivesItsNumberBack() {
    String scope = "test:" + UUID.randomUUID();
    transactions.execute(status -> numbers.next(scope));
    transactions.execute(status -> {
      assertThat(numbers.next(scope)).isEqualTo(2L);
      status.setRollbackOnly();
      return null;
    });
    Long again = transactions.execute(status -> numbers.next(scope));
    assertThat(again).isEqualTo(2L);
  }
}
