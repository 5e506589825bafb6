package org.sahakarflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets a node find due jobs through an index instead of reading the job table. Every open case
 * keeps two or three SLA timers, so at 100,000 open cases the table holds 300,000 jobs, and the
 * engine's acquisition ("due or without a due date, unlocked, first three") read it from the start
 * each time until it met three due ones: cheap while many are due, a scan of the whole table as a
 * burst drains, and twice that with two nodes asking (docs/benchmarks.md, SLA timers due at once).
 * With every job given a due date (an async step's is the moment it was made) the engine asks for
 * the oldest due jobs, which the index on the due date answers by reading just those.
 * Jobs written before this, without a due date, get the current time at start so they still run.
 */
@Component
class JobAcquisition extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(JobAcquisition.class);
  static final String DUE_DATE = "SAHAKAR_IDX_JOB_DUE";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnsureJobDueDateNotNull(true);
    configuration.setJobExecutorAcquireByDueDate(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      EngineTables.index(connection, configuration, DUE_DATE, "ACT_RU_JOB", "DUEDATE_");
      int dated = dateJobsWithoutDueDate(connection, configuration);
      if (dated > 0) {
        log.info("{} jobs written without a due date are due now", dated);
      }
    } catch (SQLException e) {
      // without the due dates, jobs from before would never be taken: a node must not start so
      throw new IllegalStateException("could not prepare the job table for acquisition by due date", e);
    }
  }

  static int dateJobsWithoutDueDate(Connection connection, ProcessEngineConfigurationImpl configuration)
      throws SQLException {
    try (PreparedStatement dateless = connection.prepareStatement("update " + EngineTables.named(configuration, "ACT_RU_JOB")
        + " set DUEDATE_ = ? where DUEDATE_ is null and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < ?)")) {
      // a job another node holds runs or fails there, and a failed one gets its retry's due date
      Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
      dateless.setTimestamp(1, now);
      dateless.setTimestamp(2, now);
      return dateless.executeUpdate();
    }
  }
}
