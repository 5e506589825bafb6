package org.sahakarflow.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sahakarflow.registration.SocietyRegisterTestModel.PROCESS;
import static org.sahakarflow.registration.SocietyRegisterTestModel.decidedInUdaipur;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahakarflow.SahakarTest;
import org.sahakarflow.society.SocietyType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration numbers stay gap-free and unique when registrars decide at the same moment, and a
 * decision that rolls back gives its number back. The sixteen run the register's own transaction
 * work (not whole process instances): H2 gives up on a row lock after 2 seconds, and sixteen
 * queued instances each rendering a PDF under the lock would test the machine, not the numbers.
 */
@SahakarTest
class RegistrationNumberConcurrencyTest {

  static final int DECISIONS = 16;

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  SocietyRegister societies;

  @BeforeEach
  void deploy() {
    SocietyRegisterTestModel.deploy(repository);
  }

  @Test
  void sixteenSimultaneousDecisionsGetTheNextSixteenNumbersOnceEach() throws Exception {
    long before = lastSerial();
    ExecutorService registrars = Executors.newFixedThreadPool(DECISIONS);
    CountDownLatch together = new CountDownLatch(1);
    List<SocietyRegister.NewSociety> decided = new ArrayList<>();
    List<Future<String>> numbers = new ArrayList<>();
    for (int i = 0; i < DECISIONS; i++) {
      SocietyRegister.NewSociety society = newSociety(decidedInUdaipur());
      decided.add(society);
      numbers.add(registrars.submit(() -> {
        together.await();
        return transactions.execute(status -> societies.register(society).registrationNumber());
      }));
    }
    together.countDown();
    List<String> allocated = new ArrayList<>();
    for (Future<String> number : numbers) {
      allocated.add(number.get(120, TimeUnit.SECONDS));
    }
    registrars.shutdown();

    assertThat(allocated).doesNotHaveDuplicates()
        .allMatch(n -> n.startsWith("RJ/UDR/MPACS/" + SocietyRegisterTestModel.currentYear() + "/"));
    assertThat(allocated.stream().map(RegistrationNumberConcurrencyTest::serial))
        .containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(before + 1, before + DECISIONS).boxed().toList());
    List<String> registered = jdbc.queryForList(
        "select registration_number from society where application_number in ("
            + "?,".repeat(DECISIONS - 1) + "?)", String.class,
        decided.stream().map(SocietyRegister.NewSociety::applicationNumber).toArray());
    assertThat(registered).containsExactlyInAnyOrderElementsOf(allocated);
  }

  @Test
  void aDecisionThatRollsBackLeavesNoSocietyAndGivesItsNumberBack() {
    String first = registerThroughTheProcess(decidedInUdaipur());
    Map<String, Object> rolledBack = decidedInUdaipur();

    String lost = transactions.execute(status -> {
      String number = registerThroughTheProcess(rolledBack);
      status.setRollbackOnly();
      return number;
    });

    assertThat(serial(lost)).isEqualTo(serial(first) + 1);
    assertThat(jdbc.queryForObject("select count(*) from society where application_number = ?",
        Integer.class, rolledBack.get("applicationNumber"))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from society where registration_number = ?",
        Integer.class, lost)).isZero();
    assertThat(registerThroughTheProcess(decidedInUdaipur())).isEqualTo(lost);
  }

  private String registerThroughTheProcess(Map<String, Object> decision) {
    return runtime.createProcessInstanceByKey(PROCESS).setVariables(decision)
        .executeWithVariablesInReturn().getVariables().getValue("registrationNumber", String.class);
  }

  private static SocietyRegister.NewSociety newSociety(Map<String, Object> decided) {
    return new SocietyRegister.NewSociety((String) decided.get("applicationNumber"),
        (String) decided.get("societyName"), SocietyType.MPACS, "RJ", "RJ-UDR",
        (String) decided.get("areaOfOperation"), SocietyRegisterTestModel.OFFICER, false, null, null);
  }

  /** The last serial handed out this year for Udaipur M-PACS; earlier tests may have used some. */
  private long lastSerial() {
    String scope = RegistrationNumbers.scope("RJ-UDR", SocietyType.MPACS,
        SocietyRegisterTestModel.currentYear());
    return jdbc.query("select last_value from number_sequence where scope = ?",
        rows -> rows.next() ? rows.getLong(1) : 0L, scope);
  }

  private static long serial(String registrationNumber) {
    return Long.parseLong(registrationNumber.substring(registrationNumber.lastIndexOf('/') + 1));
  }
}
