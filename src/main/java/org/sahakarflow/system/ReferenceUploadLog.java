package org.sahakarflow.system;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The uploads on record, read by a dataset's owner as it starts, so that it serves the shipped
 * files with every upload applied in order before anything asks it (the engine builds its forms
 * from them).
 */
@Component
public class ReferenceUploadLog {

  private final JdbcTemplate jdbc;

  public ReferenceUploadLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The contents uploaded under {@code name}, oldest first. */
  public List<String> contents(String name) {
    return jdbc.queryForList("select content from reference_upload where dataset = ? order by version",
        String.class, name);
  }
}
