package org.sahakarflow.system;

import java.util.List;

/**
 * Reference data an administrator replaces without a release (holiday lists, districts, formation
 * targets, rules). The upload itself, its versions and its replay are {@link ReferenceUploads}'; a
 * dataset only checks a file and says how to take it.
 */
public interface ReferenceDataset {

  /** The names this dataset is uploaded under, as in {@code POST /api/reference/{name}}. */
  List<String> names();

  /**
   * Checks a whole file and says how to take it; a bad file throws {@link InvalidInputException}
   * naming each bad row by line and column. Checking changes nothing.
   */
  Checked check(String name, String content);

  /**
   * @param rows the rows (or, for a model, the rules) the file holds
   * @param summary what the file replaces, for the version history
   * @param take applies it; run once the upload has committed, and again on every start
   */
  record Checked(int rows, String summary, Runnable take) {
  }
}
