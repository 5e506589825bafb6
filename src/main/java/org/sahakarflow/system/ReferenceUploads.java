package org.sahakarflow.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads of reference data: the file is checked whole (a bad row named by line and column, nothing
 * applied), kept as a new version with who uploaded it and when, and taken once the upload commits.
 * What a dataset takes counts for what is decided from then on: cases keep the dates, rules and
 * forms they were given. Who may upload is the caller's business.
 */
@Component
public class ReferenceUploads {

  private final Map<String, ReferenceDataset> datasets = new LinkedHashMap<>();
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public ReferenceUploads(List<ReferenceDataset> datasets, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    // what a dataset writes as it takes an upload (a deployment, resolved incidents) needs a
    // transaction of its own: the upload's has committed by then
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    for (ReferenceDataset dataset : datasets) {
      dataset.names().forEach(name -> this.datasets.put(name, dataset));
    }
  }

  /** The names uploads are accepted under, sorted. */
  public List<String> names() {
    return List.copyOf(new TreeSet<>(datasets.keySet()));
  }

  @Transactional
  public Version upload(String name, String content, String userId) {
    ReferenceDataset dataset = dataset(name);
    ReferenceDataset.Checked checked = dataset.check(name, content);
    Integer last = jdbc.queryForObject("select max(version) from reference_upload where dataset = ?", Integer.class,
        name);
    int version = last == null ? 1 : last + 1;
    jdbc.update("insert into reference_upload (dataset, version, uploaded_by, uploaded_at, row_count, summary, content)"
        + " values (?, ?, ?, ?, ?, ?, ?)", name, version, userId, new Timestamp(EngineClock.INSTANCE.millis()),
        checked.rows(), abbreviated(checked.summary()), content);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          ownTransaction.executeWithoutResult(status -> checked.take().run());
        }
      });
    } else {
      checked.take().run();
    }
    return new Version(name, version, userId, checked.rows(), checked.summary());
  }

  public List<Uploaded> versions(String name) {
    dataset(name);
    return jdbc.query("select version, uploaded_by, uploaded_at, row_count, summary from reference_upload"
        + " where dataset = ? order by version desc", (rs, i) -> new Uploaded(rs.getInt(1), rs.getString(2),
        rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5)), name);
  }

  private ReferenceDataset dataset(String name) {
    ReferenceDataset dataset = datasets.get(name);
    if (dataset == null) {
      throw new NotFoundException("no reference data named '" + name + "'; there are " + names());
    }
    return dataset;
  }

  private static String abbreviated(String summary) {
    return summary.length() <= 2000 ? summary : summary.substring(0, 1996) + " …";
  }

  /** A version as the history lists it. */
  public record Uploaded(int version, String uploadedBy, Instant uploadedAt, int rows, String summary) {
  }

  /** @param summary what the version replaced, in the dataset's words ("KL/2027", "KL-NEW") */
  public record Version(String dataset, int version, String uploadedBy, int rows, String summary) {
  }
}
